import { toBlob } from 'html-to-image';
import type { ExportContext } from './export-context';
import './export-frame.css';

/*
 * Loaded lazily (dynamic import) when a user first exports, so html-to-image
 * and papaparse stay off the first view. html-to-image was chosen over
 * modern-screenshot for speed (see docs/decisions.md).
 */

export { buildCsv } from './csv';

/**
 * Resolves once `find` returns an element (a lazily loaded panel has drawn
 * its content), or after `timeoutMs`, whichever comes first.
 */
export async function whenRendered(
  find: () => Element | null,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!find() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; some browsers read it late.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A copy of a live node for an export: interactive controls are dropped. */
function snapshot(node: Element): HTMLElement {
  const copy = node.cloneNode(true) as HTMLElement;
  for (const control of copy.querySelectorAll(
    '[data-export-skip], .fetching-indicator',
  ))
    control.remove();
  copy.removeAttribute('id');
  return copy;
}

type Frame = { root: HTMLElement; body: HTMLElement };

/**
 * An off-screen, always-light container with the export's title, filter
 * summary and footer (status, source, date). Exports never follow the dark
 * theme: briefings are printed on white paper.
 */
function createFrame(
  context: ExportContext,
  heading: string,
  width: number,
): Frame {
  const root = element('div', 'export-frame');
  root.style.width = `${String(width)}px`;
  root.setAttribute('aria-hidden', 'true');
  const header = element('header', 'export-frame-header');
  header.append(element('h1', 'export-frame-title', heading));
  const filters = element('ul', 'export-frame-filters');
  for (const line of context.filterLines)
    filters.append(element('li', '', line));
  header.append(filters);
  const body = element('div', 'export-frame-body');
  const footer = element('footer', 'export-frame-footer');
  footer.append(
    element('p', 'export-frame-status', context.status),
    element('p', 'export-frame-source', context.source),
    element('p', 'export-frame-date', context.exportedOn),
  );
  root.append(header, body, footer);
  document.body.append(root);
  return { root, body };
}

async function renderFrame(frame: Frame): Promise<Blob> {
  try {
    const blob = await toBlob(frame.root, {
      pixelRatio: 2,
      backgroundColor: '#ffffff',
      // The frame sits off-screen; the image shows it in place.
      style: { position: 'static', left: '0', top: '0' },
    });
    if (!blob) throw new Error('the browser produced no image');
    return blob;
  } finally {
    frame.root.remove();
  }
}

/** One panel as a PNG at 2× density, titled and footed with its context. */
export function panelPng(
  panel: Element,
  title: string,
  context: ExportContext,
): Promise<Blob> {
  const body = panel.querySelector('.panel-body') ?? panel;
  const frame = createFrame(
    context,
    `${title} · ${context.title}`,
    Math.max(900, body.clientWidth + 48),
  );
  frame.body.append(snapshot(body));
  return renderFrame(frame);
}

export type ReportSection = { heading: string; node: Element | null };

/**
 * The whole report as one PNG, 1600 px wide (3200 px at 2×): title, filter
 * summary, every section given (KPIs, charts, cooperation) and data notes.
 */
export function reportPng(
  context: ExportContext,
  sections: readonly ReportSection[],
  notes: readonly string[],
): Promise<Blob> {
  const frame = createFrame(context, context.title, 1600);
  for (const section of sections) {
    if (!section.node) continue;
    const wrapper = element('section', 'export-frame-section');
    wrapper.append(
      element('h2', 'export-frame-section-title', section.heading),
    );
    const body = section.node.querySelector('.panel-body') ?? section.node;
    wrapper.append(snapshot(body));
    frame.body.append(wrapper);
  }
  if (notes.length > 0) {
    const list = element('ul', 'export-frame-notes');
    for (const note of notes) list.append(element('li', '', note));
    frame.body.append(list);
  }
  return renderFrame(frame);
}

/** Puts a PNG on the clipboard; false where the browser does not allow it. */
export async function copyPng(png: Promise<Blob>): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !('write' in navigator.clipboard))
    return false;
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  return true;
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

const SVG_FONT = 'font-family:system-ui,Segoe UI,Roboto,Arial,sans-serif';

function svgText(
  x: number,
  y: number,
  value: string,
  size: number,
  weight = 400,
  anchor = 'start',
): string {
  return `<text x="${String(x)}" y="${String(y)}" text-anchor="${anchor}" style="${SVG_FONT};font-size:${String(size)}px;font-weight:${String(weight)};fill:#1a2230">${escapeXml(value)}</text>`;
}

/** Splits text at spaces into lines of at most `max` characters (SVG text does not wrap). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Title and filter lines above a vector chart, context lines below it. */
function svgDocument(
  width: number,
  height: number,
  title: string,
  context: ExportContext,
  body: (top: number) => string,
): string {
  const lines = [`${title} · ${context.title}`, ...context.filterLines];
  const top = 24 + lines.length * 18;
  const footer = [
    context.status,
    ...wrap(context.source, Math.floor((width - 32) / 7.5)),
    context.exportedOn,
  ];
  const total = top + height + 16 + footer.length * 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(total)}" viewBox="0 0 ${String(width)} ${String(total)}">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    ...lines.map((line, i) =>
      svgText(16, 22 + i * 18, line, i === 0 ? 16 : 12, i === 0 ? 700 : 400),
    ),
    body(top),
    ...footer.map((line, i) =>
      svgText(16, top + height + 20 + i * 16, line, 11),
    ),
    '</svg>',
  ].join('\n');
}

/**
 * A standalone SVG of a Recharts chart: every computed style written onto its
 * element (CSS variables resolved under the light export theme), the legend
 * redrawn as SVG (Recharts draws it in HTML), and the title, filters and
 * context around it, so it opens the same in a vector editor.
 */
export function chartSvg(
  panel: Element,
  title: string,
  context: ExportContext,
): string {
  const live = panel.querySelector<SVGSVGElement>(
    '.recharts-wrapper > svg.recharts-surface',
  );
  if (!live) throw new Error('no chart on screen');
  // Styles are read from a copy inside a bare export frame: the light theme.
  const host = element('div', 'export-frame');
  document.body.append(host);
  const copy = live.cloneNode(true) as SVGSVGElement;
  host.append(copy);
  try {
    const nodes = [copy, ...copy.querySelectorAll('*')];
    const styles = nodes.map((node) => getComputedStyle(node));
    nodes.forEach((node, i) => {
      const computed = styles[i];
      if (!computed) return;
      node.setAttribute(
        'style',
        STYLE_PROPERTIES.map(
          (p) => `${p}:${computed.getPropertyValue(p)}`,
        ).join(';'),
      );
      for (const attr of ['fill', 'stroke']) {
        if (node.getAttribute(attr)?.startsWith('var('))
          node.setAttribute(attr, computed.getPropertyValue(attr));
      }
    });
    const width = live.width.baseVal.value;
    const height = live.height.baseVal.value;
    const legend = [...panel.querySelectorAll('.recharts-legend-item')].map(
      (item) => {
        const paints = [...item.querySelectorAll('path, line')].flatMap(
          (shape) =>
            [shape.getAttribute('stroke'), shape.getAttribute('fill')].filter(
              (paint): paint is string => paint !== null && paint !== 'none',
            ),
        );
        return {
          label: item.textContent.trim(),
          colour: paints[0] ?? '#1a2230',
        };
      },
    );
    const inner = new XMLSerializer().serializeToString(copy);
    let x = 16;
    const legendSvg = legend
      .map((entry) => {
        const swatch = `<rect x="${String(x)}" y="${String(height + 8)}" width="12" height="12" fill="${entry.colour}"/>`;
        const label = svgText(x + 16, height + 18, entry.label, 12);
        x += 28 + entry.label.length * 7;
        return swatch + label;
      })
      .join('');
    return svgDocument(
      width + 32,
      height + 28,
      title,
      context,
      (top) =>
        `<g transform="translate(16 ${String(top)})">${inner}${legendSvg}</g>`,
    );
  } finally {
    host.remove();
  }
}

export type RankingRow = { label: string; value: string; share: number };

/** The sector ranking as a vector chart: one labelled bar per row. */
export function rankingSvg(
  rows: readonly RankingRow[],
  title: string,
  context: ExportContext,
): string {
  const width = 900;
  const rowHeight = 26;
  const maxShare = Math.max(...rows.map((r) => r.share), 0.0001);
  return svgDocument(width, rows.length * rowHeight, title, context, (top) =>
    rows
      .map((row, i) => {
        const y = top + i * rowHeight;
        const barWidth = Math.max(1, (row.share / maxShare) * 360);
        return [
          svgText(16, y + 15, row.label, 12),
          `<rect x="400" y="${String(y + 5)}" width="${barWidth.toFixed(1)}" height="14" rx="3" fill="#0b5cad"/>`,
          svgText(width - 16, y + 15, row.value, 12, 400, 'end'),
        ].join('');
      })
      .join('\n'),
  );
}
