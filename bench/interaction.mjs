// Interaction benchmark on the production build in Chromium: time to the first
// figure (first view), a filter change until the new figures show, and the
// whole-report PNG export. Prints medians and fails when one is over budget.
// Plain Node ESM: `node bench/interaction.mjs` after `vite build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Medians allowed, in ms, on a 2-core machine. */
const BUDGETS = { firstFigure: 2_500, filterChange: 800, reportExport: 3_000 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const server = await preview({
  root,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const base = server.resolvedUrls.local[0].replace(/\/+$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const samples = { firstFigure: [], filterChange: [], reportExport: [] };
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const turnover = page
      .getByRole('region', { name: 'Turnover', exact: true })
      .locator('data');

    let start = performance.now();
    await page.goto(`${base}/?lang=en`);
    await turnover.waitFor();
    samples.firstFigure.push(performance.now() - start);

    const before = await turnover.getAttribute('value');
    start = performance.now();
    await page.getByRole('button', { name: 'Year 2023' }).click();
    await page.waitForFunction(
      (old) =>
        document.querySelector('.panel-kpis data')?.getAttribute('value') !==
        old,
      before,
    );
    samples.filterChange.push(performance.now() - start);

    const button = page.getByRole('button', { name: 'Export report (PNG)' });
    await page.waitForFunction(
      () => document.querySelectorAll('[aria-busy="true"]').length === 0,
    );
    await button.isEnabled();
    start = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button.click(),
    ]);
    await download.path();
    samples.reportExport.push(performance.now() - start);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const results = Object.fromEntries(
  Object.entries(samples).map(([name, values]) => [
    name,
    {
      medianMs: Math.round(median(values)),
      runs: values.length,
      budgetMs: BUDGETS[name],
    },
  ]),
);
console.table(results);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'interaction.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
const over = Object.entries(results).filter(([, r]) => r.medianMs > r.budgetMs);
if (over.length > 0) {
  console.error(`interaction: over budget: ${over.map(([n]) => n).join(', ')}`);
  process.exit(1);
}
console.log('interaction budget: pass');
