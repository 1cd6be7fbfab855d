// First view in Chromium, median of RUNS fresh visits: from navigation start
// to the first frame that shows the Turnover figure, and to the first frame
// with the trend chart's bars drawn. Two builds in the same run:
// - the demo build (dist/, `vite preview`), whose mock layer loads beside
//   the first render;
// - the real-backend build served with its API by the reference server
//   (`node server/serve.mjs --db :memory:`), as a team runs it.
// The demo's first figure may be at most 1.2x the real backend's.
// Writes bench/results/first-view.json. Plain Node ESM:
// `node bench/first-view.mjs` after `vite build`.
import {
  finish,
  launchBrowser,
  median,
  reported,
  round,
  startPreview,
  startReferenceServer,
  target,
} from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const MAX_DEMO_RATIO = 1.2;
const TREND_BARS =
  'svg[role="application"] g.recharts-bar path.recharts-rectangle';

/** One fresh visit: ms from navigation start to the Turnover and to the trend's bars. */
async function visit(browser, base) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript((bars) => {
    window.__firstView = {};
    const frame = () => {
      const seen = window.__firstView;
      if (seen.turnover === undefined) {
        const value = document
          .querySelector('.panel-kpis data')
          ?.getAttribute('value');
        if (value) seen.turnover = performance.now();
      }
      if (seen.trend === undefined && document.querySelector(bars))
        seen.trend = performance.now();
      if (seen.turnover === undefined || seen.trend === undefined)
        requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, TREND_BARS);
  await page.goto(`${base}/?lang=en`);
  await page.waitForFunction(
    () =>
      window.__firstView.turnover !== undefined &&
      window.__firstView.trend !== undefined,
    undefined,
    { timeout: 30_000 },
  );
  const seen = await page.evaluate(() => window.__firstView);
  await context.close();
  return seen;
}

async function measure(browser, base) {
  const visits = [];
  // One visit first, unmeasured, so both builds start from a warm disk cache.
  await visit(browser, base);
  for (let run = 0; run < RUNS; run += 1)
    visits.push(await visit(browser, base));
  return {
    turnoverMs: round(median(visits.map((v) => v.turnover))),
    trendMs: round(median(visits.map((v) => v.trend))),
    runs: visits.length,
  };
}

const browser = await launchBrowser();
let demo, real;
try {
  const preview = await startPreview('dist');
  try {
    demo = await measure(browser, preview.base);
  } finally {
    await preview.close();
  }
  const server = await startReferenceServer();
  try {
    real = await measure(browser, server.base);
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
}

const ratio = Math.round((demo.turnoverMs / real.turnoverMs) * 100) / 100;
finish('first-view', { demo, realBackend: real }, [
  reported(
    'first view, Turnover shown (ms): demo / real backend',
    `${demo.turnoverMs} / ${real.turnoverMs}`,
  ),
  reported(
    'first view, trend chart drawn (ms): demo / real backend',
    `${demo.trendMs} / ${real.trendMs}`,
  ),
  target('first figure: demo / real backend (×)', ratio, MAX_DEMO_RATIO),
]);
