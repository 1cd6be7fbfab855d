import { toBlob } from 'html-to-image';
import type { ReactElement } from 'react';
import type { ExportContext } from './export-context';
import { ExportFrame, ReportSection, Snapshot } from './export-frame';
import { RASTER_STYLE_PROPERTIES } from './raster-style';
import { renderOffscreen } from './render-offscreen';
import {
  RANKING_ROW_HEIGHT,
  RankingMarks,
  SvgDocument,
  type RankingRow,
} from './svg-document';
import { exportSelector } from './vocabulary';
import './export-frame.css';

/*
 * Loaded lazily (dynamic import) when a user first exports, so html-to-image
 * and papaparse stay off the first view. html-to-image was chosen over
 * modern-screenshot for speed (see docs/decisions.md). Every image is a
 * React tree rendered off-screen: frames, static figures and vector
 * documents are components, never strings or createElement calls.
 */

export { buildCsv } from './csv';
export { copyPng, downloadBlob } from './download';

/** How wide a vector export draws a static figure, at the least. */
const FIGURE_WIDTH = 1000;

/**
 * Rasterises an off-screen export at 2×, then disposes of it. The sheet
 * paints its own white background, so the canvas is not filled first (a
 * fill of the whole report's 16 million pixels took about 30 ms).
 */
async function rasterise(element: ReactElement): Promise<Blob> {
  const { host, dispose } = renderOffscreen(element);
  try {
    const sheet = host.firstElementChild;
    if (!(sheet instanceof HTMLElement)) throw new Error('nothing to export');
    const blob = await toBlob(sheet, {
      pixelRatio: 2,
      // The sheet sits off-screen; the image shows it in place.
      style: { position: 'static', left: '0', top: '0' },
      includeStyleProperties: [...RASTER_STYLE_PROPERTIES],
      // The app uses system fonts only: nothing to embed, so no stylesheet
      // walk looking for @font-face rules on every export.
      skipFonts: true,
    });
    if (!blob) throw new Error('the browser produced no image');
    return blob;
  } finally {
    dispose();
  }
}

/**
 * A standalone SVG document as a PNG at 2× density: loaded as an image and
 * drawn onto a canvas (the document paints its own white background).
 */
async function svgPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser produced no image');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the browser produced no image'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What a panel's export shows: its static figure, or a copy of its body. */
function bodyOf(panel: Element): Element {
  return panel.querySelector(exportSelector('body')) ?? panel;
}

/** A panel's vector form: its static figure, or ranking rows. */
export type PanelVector =
  | { kind: 'figure'; figure: (width: number) => ReactElement }
  | { kind: 'ranking'; rows: readonly RankingRow[] };

/** A panel's vector form as a standalone SVG; a figure `width` wide. */
export function panelSvg(
  vector: PanelVector,
  title: string,
  context: ExportContext,
  width = FIGURE_WIDTH,
): string {
  return vector.kind === 'ranking'
    ? rankingSvg(vector.rows, title, context)
    : figureSvg(vector.figure, title, context, width);
}

/**
 * One panel as a PNG at 2× density, titled and footed with its context: its
 * vector form drawn straight onto a canvas when it has one, at least as wide
 * as the panel on screen (no DOM to clone and restyle, the slow part of
 * html-to-image), else a copy of its body (a table).
 */
export function panelPng(
  panel: Element,
  title: string,
  context: ExportContext,
  vector: PanelVector | null,
): Promise<Blob> {
  const body = bodyOf(panel);
  if (vector)
    return svgPng(
      panelSvg(
        vector,
        title,
        context,
        Math.max(FIGURE_WIDTH, body.clientWidth),
      ),
    );
  return rasterise(
    <ExportFrame
      context={context}
      heading={`${title} · ${context.title}`}
      width={Math.max(900, body.clientWidth + 48)}
    >
      <Snapshot of={body} />
    </ExportFrame>,
  );
}

/**
 * A section of the whole report: a panel's static figure when it has one,
 * else a copy of what the screen shows.
 */
export type ReportPart = {
  heading: string;
  node: Element | null;
  figure?: ((width: number) => ReactElement) | null;
};

/**
 * The whole report as one PNG, 1600 px wide (3200 px at 2×): title, filter
 * summary, every section given (KPIs, charts, cooperation) and data notes.
 */
export function reportPng(
  context: ExportContext,
  parts: readonly ReportPart[],
  notes: readonly string[],
): Promise<Blob> {
  const width = 1600;
  return rasterise(
    <ExportFrame context={context} heading={context.title} width={width}>
      {parts.map((part) =>
        part.figure || part.node ? (
          <ReportSection key={part.heading} heading={part.heading}>
            {part.figure ? (
              part.figure(width - 48)
            ) : part.node ? (
              <Snapshot of={bodyOf(part.node)} />
            ) : null}
          </ReportSection>
        ) : null,
      )}
      {notes.length > 0 ? (
        <ul className="export-frame-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </ExportFrame>,
  );
}

/** Serialises an off-screen SVG tree as a standalone document. */
function serialise(
  element: ReactElement,
  fill?: (svg: SVGSVGElement) => void,
): string {
  const { host, dispose } = renderOffscreen(element);
  try {
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('nothing to export');
    fill?.(svg);
    return new XMLSerializer().serializeToString(svg);
  } finally {
    dispose();
  }
}

/**
 * A panel's static figure as a standalone SVG: the figure's own SVGs (a
 * chart and its legend; their colours are explicit in static mode, so
 * nothing is copied from CSS) one below the other, and the title, filters
 * and context around them.
 */
function figureSvg(
  figure: (width: number) => ReactElement,
  title: string,
  context: ExportContext,
  width: number,
): string {
  const { host, dispose } = renderOffscreen(figure(width));
  try {
    const parts = [...host.querySelectorAll('svg')].filter(
      (svg) => !svg.parentElement?.closest('svg'),
    );
    if (parts.length === 0) throw new Error('the figure drew no chart');
    const heights = parts.map((part) => part.height.baseVal.value);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const tops = heights.map((_, i) => sum(heights.slice(0, i)));
    return serialise(
      <SvgDocument
        width={width + 32}
        bodyHeight={sum(heights)}
        title={title}
        context={context}
      >
        {tops.map((top) => (
          <g
            key={top}
            transform={`translate(16 ${String(top)})`}
            data-figure-part=""
          />
        ))}
      </SvgDocument>,
      (svg) => {
        svg.querySelectorAll('[data-figure-part]').forEach((slot, i) => {
          const part = parts[i];
          if (part) slot.append(part.cloneNode(true));
        });
      },
    );
  } finally {
    dispose();
  }
}

/** The sector ranking as a vector chart: one labelled bar per row. */
function rankingSvg(
  rows: readonly RankingRow[],
  title: string,
  context: ExportContext,
): string {
  const width = 900;
  return serialise(
    <SvgDocument
      width={width}
      bodyHeight={rows.length * RANKING_ROW_HEIGHT}
      title={title}
      context={context}
    >
      <RankingMarks rows={rows} width={width} />
    </SvgDocument>,
  );
}
