// Import benchmark on the production build in Chromium: a generated CSV of
// 500,000 rows (about 50 MB) goes through "Import data" as a user would:
// choose the file, wait for the check, confirm, wait for the new figures.
// Reports the time to each step, the longest main-thread task in between
// (the worker must keep the page responsive) and the JS heap the tab holds
// afterwards. Plain Node ESM: `node bench/import.mjs` after `vite build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 500_000);
/** Budgets, on a 2-core machine. */
const BUDGETS = { totalMs: 60_000, longestTaskMs: 100 };

const PAIRS = [
  ['KZ-63', 'RU-ALT'],
  ['KZ-55', 'RU-OMS'],
  ['KZ-15', 'RU-ORE'],
  ['KZ-59', 'RU-KGN'],
];
const CHAPTERS = ['07', '10', '12', '26', '27', '72', '76', '84', '86', '87'];

/** A long-layout CSV: every row a distinct (pair, month, flow, product), values with decimal commas. */
function generateCsv(rows) {
  const lines = ['Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;Стоимость, тыс. долл. США'];
  let i = 0;
  outer: for (let year = 2010; ; year += 1)
    for (let m = 1; m <= 12; m += 1)
      for (const [kz, ru] of PAIRS)
        for (const flow of ['экспорт', 'импорт'])
          for (const chapter of CHAPTERS)
            for (let product = 0; product < 10; product += 1) {
              if (i >= rows) break outer;
              const code = `${chapter}${String(product).padStart(2, '0')}000000`;
              const value = ((i * 7919) % 100_000) / 10;
              lines.push(
                `${String(year)}-${String(m).padStart(2, '0')};${kz};${ru};${flow};${code};${value.toFixed(1).replace('.', ',')}`,
              );
              i += 1;
            }
  return `${lines.join('\r\n')}\r\n`;
}

const csv = Buffer.from(generateCsv(ROWS), 'utf8');
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
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});

let result;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/?lang=en`);
  await page.getByRole('region', { name: 'Turnover', exact: true }).locator('data').waitFor();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const start = performance.now();
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('File', { exact: true }).setInputFiles({
    name: 'generated.csv',
    mimeType: 'text/csv',
    buffer: csv,
  });
  const confirmButton = dialog.getByRole('button', { name: /^Import [\d,]+ rows$/ });
  await confirmButton.waitFor({ timeout: 120_000 });
  const checkedMs = performance.now() - start;
  await confirmButton.click();
  await page
    .getByRole('button', { name: /^Your data/ })
    .waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-busy="true"]').length === 0 &&
      document.querySelector('.panel-kpis data') !== null,
    undefined,
    { timeout: 120_000 },
  );
  const totalMs = performance.now() - start;
  const longestTaskMs = await page.evaluate(() => window.__longest);
  const heapBytes = await page.evaluate(() => {
    globalThis.gc?.();
    return performance.memory?.usedJSHeapSize ?? null;
  });
  result = {
    rows: ROWS,
    fileBytes: csv.length,
    checkedMs: Math.round(checkedMs),
    totalMs: Math.round(totalMs),
    longestTaskMs: Math.round(longestTaskMs),
    heapBytesAfter: heapBytes,
    budgets: BUDGETS,
  };
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

console.table([result]);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'import.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
const over = [
  result.totalMs > BUDGETS.totalMs ? 'totalMs' : null,
  result.longestTaskMs > BUDGETS.longestTaskMs ? 'longestTaskMs' : null,
].filter(Boolean);
if (over.length > 0) {
  console.error(`import: over budget: ${over.join(', ')}`);
  process.exit(1);
}
console.log('import budget: pass');
