// Import benchmark on the production build in Chromium: a generated CSV of
// 500,000 rows (about 50 MB) goes through "Import data" as a user would:
// choose the file, wait for the check, confirm, wait for the new figures.
// Reports the time to each step, the longest main-thread task in between
// (the worker must keep the page responsive) and the JS heap the tab holds
// afterwards. Plain Node ESM: `node bench/import.mjs` after `vite build`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  finish,
  launchBrowser,
  reported,
  startPreview,
  target,
} from './lib.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 500_000);
/** Budgets, on a 2-core machine. */
const BUDGETS = { totalMs: 60_000, longestTaskMs: 100 };

/** The border pairs by Russian name, as a statistics office writes them. */
const PAIRS = [
  ['Атырауская область', 'Астраханская область'],
  ['Западно-Казахстанская область', 'Астраханская область'],
  ['Западно-Казахстанская область', 'Волгоградская область'],
  ['Западно-Казахстанская область', 'Саратовская область'],
  ['Западно-Казахстанская область', 'Самарская область'],
  ['Западно-Казахстанская область', 'Оренбургская область'],
  ['Актюбинская область', 'Оренбургская область'],
  ['Костанайская область', 'Оренбургская область'],
  ['Костанайская область', 'Челябинская область'],
  ['Костанайская область', 'Курганская область'],
  ['Северо-Казахстанская область', 'Курганская область'],
  ['Северо-Казахстанская область', 'Тюменская область'],
  ['Северо-Казахстанская область', 'Омская область'],
  ['Павлодарская область', 'Омская область'],
  ['Павлодарская область', 'Новосибирская область'],
  ['Павлодарская область', 'Алтайский край'],
  ['Восточно-Казахстанская область', 'Алтайский край'],
  ['Восточно-Казахстанская область', 'Республика Алтай'],
  ['Абайская область', 'Алтайский край'],
];
/** 10-digit TN VED codes over 25 chapters, 11 per chapter. */
const PRODUCTS = [
  '04',
  '07',
  '08',
  '10',
  '11',
  '12',
  '17',
  '19',
  '25',
  '26',
  '27',
  '28',
  '31',
  '39',
  '44',
  '48',
  '72',
  '73',
  '74',
  '76',
  '84',
  '85',
  '86',
  '87',
  '94',
].flatMap((chapter) =>
  Array.from(
    { length: 11 },
    (_, i) => `${chapter}${String(i * 7 + 1).padStart(2, '0')}000000`,
  ),
);

/**
 * A customs-style long CSV: 19 pairs × 2 directions × 275 products × 48
 * months (2021–2024) ≈ 500,000 rows, Russian names, decimal commas.
 */
function generateCsv(rows) {
  const lines = [
    'Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;Стоимость, тыс. долл. США',
  ];
  let i = 0;
  outer: for (let year = 2021; year <= 2030; year += 1)
    for (let m = 1; m <= 12; m += 1)
      for (const [kz, ru] of PAIRS)
        for (const flow of ['экспорт', 'импорт'])
          for (const code of PRODUCTS) {
            if (i >= rows) break outer;
            const value = ((i * 7919) % 100_000) / 10;
            lines.push(
              `${String(m).padStart(2, '0')}.${String(year)};${kz};${ru};${flow};${code};${value.toFixed(1).replace('.', ',')}`,
            );
            i += 1;
          }
  return `${lines.join('\r\n')}\r\n`;
}

const csv = Buffer.from(generateCsv(ROWS), 'utf8');
// Playwright takes files over 50 MB only by path.
const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
const csvPath = join(scratch, 'generated.csv');
writeFileSync(csvPath, csv);
const server = await startPreview('dist');
const base = server.base;
const browser = await launchBrowser([
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
]);

let result;
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${base}/?lang=en`);
  await page
    .getByRole('region', { name: 'Turnover', exact: true })
    .locator('data')
    .waitFor();
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
  await dialog.getByLabel('File', { exact: true }).setInputFiles(csvPath);
  const confirmButton = dialog.getByRole('button', {
    name: /^Import [\d,]+ rows$/,
  });
  await confirmButton.waitFor({ timeout: 120_000 });
  const checkedMs = performance.now() - start;
  await confirmButton.click();
  await page
    .getByRole('button', { name: /^Your data/ })
    .waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[aria-busy="true"]').length === 0 &&
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
  rmSync(scratch, { recursive: true, force: true });
}

const mib = (bytes) =>
  bytes === null ? null : Math.round((bytes / 1024 ** 2) * 10) / 10;
finish('import', result, [
  target(
    `import of ${ROWS.toLocaleString('en')} CSV rows to new figures (ms)`,
    result.totalMs,
    BUDGETS.totalMs,
  ),
  target(
    'import: longest main-thread task (ms)',
    result.longestTaskMs,
    BUDGETS.longestTaskMs,
  ),
  reported('import: JS heap after (MiB)', mib(result.heapBytesAfter)),
]);
