/**
 * The one vocabulary by which exports find what to draw: the `data-export`
 * attribute, never a CSS class.
 * - `skip`: controls and busy bars, left out of every image;
 * - `body`: a panel's content, what a panel image shows;
 * - `part:<name>`: a section of the whole-report image (`part:kpis`…).
 */
export const EXPORT_ATTRIBUTE = 'data-export';

export type ExportMark = 'skip' | 'body' | `part:${string}`;

/** The attribute to spread on an element: `<div {...exportMark('skip')}>`. */
export function exportMark(mark: ExportMark): { 'data-export': ExportMark } {
  return { 'data-export': mark };
}

/** A selector for a mark, e.g. for `querySelector`. */
export function exportSelector(mark: ExportMark): string {
  return `[${EXPORT_ATTRIBUTE}="${mark}"]`;
}
