import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { ExportContext } from './export-context';
import { exportSelector } from './vocabulary';

/**
 * An always-light sheet with the export's title, filter summary and footer
 * (status, source, date). Exports never follow the dark theme: briefings
 * are printed on white paper (the `export-frame` class carries the light
 * palette).
 */
export function ExportFrame({
  context,
  heading,
  width,
  children,
}: {
  context: ExportContext;
  heading: string;
  width: number;
  children: ReactNode;
}) {
  return (
    <div className="export-frame" style={{ width }}>
      <header className="export-frame-header">
        <h1 className="export-frame-title">{heading}</h1>
        <ul className="export-frame-filters">
          {context.filterLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </header>
      <div className="export-frame-body">{children}</div>
      <footer className="export-frame-footer">
        <p className="export-frame-status">{context.status}</p>
        <p className="export-frame-source">{context.source}</p>
        <p className="export-frame-date">{context.exportedOn}</p>
      </footer>
    </div>
  );
}

/**
 * A copy of a live node inside an export: what the screen shows, less every
 * element marked `data-export="skip"` (controls, busy bars).
 */
export function Snapshot({ of }: { of: Element }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const copy = of.cloneNode(true) as HTMLElement;
    for (const skipped of copy.querySelectorAll(exportSelector('skip')))
      skipped.remove();
    copy.removeAttribute('id');
    ref.current?.replaceChildren(copy);
  }, [of]);
  return <div ref={ref} />;
}

/** A titled section of the whole-report image. */
export function ReportSection({
  heading,
  children,
}: {
  heading: string;
  children: ReactNode;
}) {
  return (
    <section className="export-frame-section">
      <h2 className="export-frame-section-title">{heading}</h2>
      {children}
    </section>
  );
}
