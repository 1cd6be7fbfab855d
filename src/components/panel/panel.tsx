import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { exportMark } from '@/lib/export/vocabulary';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorState } from '../error-state';
import { IllustrativeTag } from '../illustrative-tag';
import { PanelExport, type PanelExportOptions } from './panel-export';
import type { StaticFigure } from './figure-registry';
import { useViewChrome } from './view-chrome';
import './panel.css';

type Props = {
  title: string;
  /** Hide the heading visually but keep it as the section's accessible name. */
  hideTitle?: boolean;
  actions?: ReactNode;
  className?: string;
  /** Adds PNG, SVG and copy buttons for this panel. */
  exportOptions?: PanelExportOptions;
  /**
   * The panel shows the view's trade figures: it carries the view's data
   * status (an "Illustrative data" tag when they are synthetic).
   */
  viewFigures?: boolean;
  /** Marks the panel for the whole-report export, e.g. `trend`. */
  reportPart?: string;
  /**
   * The panel's figure in its static export mode, announced once the data
   * has settled (`draw` null: nothing to draw, the export copies the body).
   */
  staticFigure?: { settled: boolean; draw: StaticFigure | null };
  children: ReactNode;
};

/**
 * A dashboard panel: a `<section>` named by its heading, with its own error
 * boundary so a render error stays inside it and offers a retry.
 */
export function Panel({
  title,
  hideTitle = false,
  actions,
  className,
  exportOptions,
  viewFigures = false,
  reportPart,
  staticFigure,
  children,
}: Props) {
  const { synthetic, figures } = useViewChrome();
  const settled = staticFigure?.settled ?? false;
  const draw = staticFigure?.draw ?? null;
  useEffect(() => {
    if (reportPart && settled) figures.announce(reportPart, draw);
  }, [figures, reportPart, settled, draw]);
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  return (
    <section
      ref={sectionRef}
      aria-labelledby={titleId}
      className={`panel ${className ?? ''}`}
      {...(reportPart ? exportMark(`part:${reportPart}`) : {})}
    >
      <header className={hideTitle ? 'visually-hidden' : 'panel-header'}>
        <div className="panel-heading">
          <h2 id={titleId} className="panel-title">
            {title}
          </h2>
          {viewFigures && synthetic ? <IllustrativeTag /> : null}
        </div>
        {actions || exportOptions ? (
          <div className="panel-actions" {...exportMark('skip')}>
            {actions}
            {exportOptions ? (
              <PanelExport
                title={title}
                panel={sectionRef}
                options={exportOptions}
                figure={draw}
              />
            ) : null}
          </div>
        ) : null}
      </header>
      <div className="panel-body" {...exportMark('body')}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              fallbackRender={({ error, resetErrorBoundary }) => (
                <ErrorState error={error} onRetry={resetErrorBoundary} />
              )}
            >
              {children}
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </div>
    </section>
  );
}
