// Export benchmark on the production build in Chromium, at 1280×900 in
// English once every panel has settled:
// - the whole-report PNG ("Export report (PNG)"), RUNS times;
// - one chart's PNG (the trend panel's "Download PNG"), RUNS times;
// each timed from the click to the saved download (`download.path()`), so it
// includes loading the exporter chunk on the first run. Prints a table,
// writes bench/results/export.json, and exits non-zero when a target is
// missed. Plain Node ESM: `node bench/export.mjs` after `vite build`.
import {
  finish,
  launchBrowser,
  median,
  round,
  startPreview,
  target,
} from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Targets on a 2-core machine (issue: instant on every screen). */
const TARGETS = { reportPngMedianMs: 400, chartPngMedianMs: 100 };

const BUTTONS = {
  reportPng: 'Export report (PNG)',
  chartPng: 'Download PNG: Monthly trend',
};

const idle = (page) =>
  page.waitForFunction(
    () => document.querySelectorAll('[aria-busy="true"]').length === 0,
  );

/** Milliseconds from clicking a button to its download saved on disk. */
async function timedDownload(page, name) {
  const button = page.getByRole('button', { name, exact: true });
  await idle(page);
  await button.isEnabled();
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button.click(),
  ]);
  await download.path();
  return performance.now() - start;
}

const preview = await startPreview();
const browser = await launchBrowser();
const samples = { reportPng: [], chartPng: [] };
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${preview.base}/?lang=en`);
  await page
    .getByRole('region', { name: 'Turnover', exact: true })
    .locator('data')
    .waitFor();
  await idle(page);
  for (const kind of ['reportPng', 'chartPng'])
    for (let run = 0; run < RUNS; run += 1)
      samples[kind].push(await timedDownload(page, BUTTONS[kind]));
  await context.close();
} finally {
  await browser.close();
  await preview.close();
}

const summary = (values) => ({
  medianMs: round(median(values)),
  runs: values.map(round),
});
const results = {
  reportPng: summary(samples.reportPng),
  chartPng: summary(samples.chartPng),
};
finish('export', results, [
  target(
    'report PNG median (ms)',
    results.reportPng.medianMs,
    TARGETS.reportPngMedianMs,
  ),
  target(
    'chart PNG median (ms)',
    results.chartPng.medianMs,
    TARGETS.chartPngMedianMs,
  ),
]);
