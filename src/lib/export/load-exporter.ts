import type * as Exporter from './exporter';

let loaded: typeof Exporter | undefined;

/**
 * The exporter chunk (html-to-image, papaparse), fetched on the first
 * export so it stays off the first view. Later exports get the module at
 * once: awaiting `import()` again settles only in a later task, after
 * whatever the page queued meanwhile (a frame, 5–15 ms before every export
 * could start, in `bench/export.mjs`).
 */
export async function loadExporter(): Promise<typeof Exporter> {
  loaded ??= await import('./exporter');
  return loaded;
}
