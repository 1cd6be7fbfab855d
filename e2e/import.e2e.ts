import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import {
  encodeUtf16le,
  encodeWindows1251,
} from '../src/import/read/test-encoders';
import { expectNoAxeProblems } from './axe';
import {
  download,
  kpiFigure,
  region,
  searchParams,
  test,
  UI_TIMEOUT,
  waitForSettled,
} from './journey';

const TURNOVER = en.kpis.card.turnover;

/** The Turnover card's exact dollars once it shows a figure and nothing is busy. */
async function turnoverExact(page: Page): Promise<string> {
  const value = kpiFigure(page, TURNOVER);
  await expect.poll(() => value.count(), { timeout: UI_TIMEOUT }).toBe(1);
  await waitForSettled(page);
  return (await value.getAttribute('value')) ?? '';
}

type Fixture = { name: string; bytes: Uint8Array; mimeType: string };

/** Opens "Import data" and chooses the file; returns the dialog. */
async function chooseFile(page: Page, file: Fixture) {
  await page.getByRole('button', { name: en.import.button }).click();
  const dialog = page.getByRole('dialog', { name: en.import.title });
  await dialog.getByLabel(en.import.file, { exact: true }).setInputFiles({
    name: file.name,
    mimeType: file.mimeType,
    buffer: Buffer.from(file.bytes),
  });
  // The check runs at once on what was detected.
  await expect
    .poll(
      () => dialog.getByRole('region', { name: en.import.report }).count(),
      { timeout: UI_TIMEOUT },
    )
    .toBe(1);
  return dialog;
}

/** Confirms the import with the button of that name and waits for the new view. */
async function confirm(page: Page, name: RegExp) {
  const dialog = page.getByRole('dialog', { name: en.import.title });
  await dialog.getByRole('button', { name }).click();
  await expect.poll(() => dialog.count(), { timeout: UI_TIMEOUT }).toBe(0);
  await expect
    .poll(() => page.getByRole('button', { name: /^Your data/ }).count(), {
      timeout: UI_TIMEOUT,
    })
    .toBe(1);
}

const RUSSIAN_CSV = [
  'Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;Стоимость, тыс. долл. США',
  'январь 2024;Восточно-Казахстанская область;Алтайский край;экспорт;7601;1 234,5',
  'январь 2024;Восточно-Казахстанская область;Алтайский край;импорт;8429 11;2 000',
  'февраль 2024;Восточно-Казахстанская область;Алтайский край;экспорт;7601;1 500,25',
  'февраль 2024;Павлодарская область;Омская область;импорт;2701;100',
  '',
].join('\r\n');

function workbook(bookType: 'xlsx' | 'biff8'): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Экспорт Восточно-Казахстанской области в Алтайский край'],
    ['тыс. долл. США'],
    ['Код ТН ВЭД', 'Наименование', 'январь 2024', 'февраль 2024', 'март 2024*'],
    ['7601', 'Алюминий необработанный', 1000, 'х', 250.5],
    ['0702', 'Томаты', 20, 30, 40],
    ['Всего', null, 1020, 30, 290.5],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Экспорт');
  return new Uint8Array(
    XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer,
  );
}

describe('import of real files', () => {
  test('a Windows-1251 CSV with Russian headers and decimal commas shows its own totals', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const dialog = await chooseFile(page, {
      name: 'altai.csv',
      mimeType: 'text/csv',
      bytes: encodeWindows1251(RUSSIAN_CSV),
    });
    expect(await dialog.getByLabel(/^Encoding/).inputValue()).toBe(
      'windows-1251',
    );
    expect(await dialog.getByLabel(en.import.delimiter).inputValue()).toBe(';');
    expect(
      await dialog
        .getByRole('combobox', {
          name: 'Role of column «Стоимость, тыс. долл. США»',
        })
        .inputValue(),
    ).toBe('value');
    // Every control of the mapping has a name; axe finds nothing serious.
    await expectNoAxeProblems(page, 'the import dialog with a file read');
    await confirm(page, /^Import 4 rows$/);
    // The largest pair (the default one, so absent from the URL) and the
    // whole period the file covers.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'East Kazakhstan Region ↔ Altai Krai',
    );
    expect(searchParams(page).get('pair')).toBeNull();
    expect(searchParams(page).get('from')).toBe('2024-01');
    expect(searchParams(page).get('to')).toBe('2024-02');
    expect(await turnoverExact(page)).toBe(
      String(1_234_500 + 2_000_000 + 1_500_250),
    );
    // Not the demo's: no "Illustrative data" tag, no reported figure claimed.
    expect(await page.getByText('Illustrative data').count()).toBe(0);
  });

  test('a UTF-16LE tab-separated file imports, and a reload keeps it until reset', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const text = [
      'month\tkz_region\tru_region\tflow\ths_code\tvalue_usd',
      '2023-03\tKZ-15\tRU-ORE\texport\t1001\t500000',
      '2023-03\tKZ-15\tRU-ORE\timport\t7208\t250000',
      '',
    ].join('\r\n');
    await chooseFile(page, {
      name: 'orenburg.txt',
      mimeType: 'text/plain',
      bytes: encodeUtf16le(text, { bom: true }),
    });
    await confirm(page, /^Import 2 rows$/);
    expect(searchParams(page).get('pair')).toBe('KZ-15~RU-ORE');
    expect(await turnoverExact(page)).toBe('750000');

    await page.reload();
    expect(await turnoverExact(page)).toBe('750000');
    expect(
      await page
        .getByRole('button', { name: /^Your data · orenburg\.txt/ })
        .count(),
    ).toBe(1);

    await page.getByRole('button', { name: en.import.reset }).click();
    await expect
      .poll(() => searchParams(page).get('pair'), { timeout: UI_TIMEOUT })
      .toBeNull();
    await expect
      .poll(() => turnoverExact(page), { timeout: UI_TIMEOUT })
      .toBe('927000000');
  });

  test('workbooks (XLSX and legacy XLS) with title rows, months as columns, Всего and х', async ({
    page,
  }) => {
    for (const [bookType, name] of [
      ['xlsx', 'export.xlsx'],
      ['biff8', 'export.xls'],
    ] as const) {
      await page.goto('/?lang=en');
      await turnoverExact(page);
      const dialog = await chooseFile(page, {
        name,
        mimeType: 'application/octet-stream',
        bytes: workbook(bookType),
      });
      // The title names the sides, the direction and the unit.
      expect(
        await dialog.getByLabel('Kazakh side', { exact: true }).inputValue(),
      ).toBe('KZ-63');
      expect(
        await dialog.getByLabel('Russian side', { exact: true }).inputValue(),
      ).toBe('RU-ALT');
      expect(
        await dialog.getByLabel('Direction', { exact: true }).inputValue(),
      ).toBe('export');
      expect(
        await dialog.getByLabel('Unit', { exact: true }).inputValue(),
      ).toBe('thousand-usd');
      const report = dialog.getByRole('region', { name: en.import.report });
      // The Всего row is a control total, not a record.
      expect(await report.innerText()).toContain('«Всего»');
      await confirm(page, /^Import \d+ rows?$/);
      expect(searchParams(page).get('from')).toBe('2024-01');
      expect(searchParams(page).get('to')).toBe('2024-03');
      // Всего counted once (it is left out), х is not reported, not zero.
      expect(await turnoverExact(page)).toBe(
        String((1000 + 250.5 + 20 + 30 + 40) * 1000),
      );
      // An exports-only file reports no import: a dash, never $0.
      expect(await region(page, en.kpis.card.imports).innerText()).toContain(
        en.kpis.card['not-reported'],
      );
      await page.getByRole('button', { name: en.import.reset }).click();
      await expect
        .poll(() => turnoverExact(page), { timeout: UI_TIMEOUT })
        .toBe('927000000');
    }
  });

  test('bad rows are listed by row and column, and the view stays as it was until confirmed', async ({
    page,
  }) => {
    await page.goto('/?lang=en&from=2023-03&to=2023-05');
    const before = await turnoverExact(page);
    const url = page.url();
    const text = [
      'month;kz_region;ru_region;flow;hs_code;value_usd',
      '2024-01;KZ-63;RU-ALT;export;7601;1000',
      '2024-01;KZ-63;RU-ALT;export;7601;2000',
      '2024-02;KZ-63;RU-ALT;export;7601;abc',
      '2024-13;KZ-63;RU-ALT;export;7601;10',
      '',
    ].join('\n');
    const dialog = await chooseFile(page, {
      name: 'bad.csv',
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(text),
    });
    const report = dialog.getByRole('region', { name: en.import.report });
    const problems = await report.getByRole('listitem').allInnerTexts();
    expect(problems).toContain(
      'Row 4, column «value_usd»: "abc" is not a number.',
    );
    expect(
      problems.some((p) => p.startsWith('Row 3, ') && p.includes('row 2')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('Row 5, column «month»'))).toBe(
      true,
    );
    // Nothing changed behind the dialog.
    expect(page.url()).toBe(url);
    expect(await kpiFigure(page, TURNOVER).getAttribute('value')).toBe(before);
    // Cancel leaves everything as it was.
    await dialog.getByRole('button', { name: en.import.cancel }).click();
    expect(page.url()).toBe(url);
    expect(await turnoverExact(page)).toBe(before);
    expect(await page.getByRole('button', { name: /^Your data/ }).count()).toBe(
      0,
    );
    // Importing only the valid rows is offered by name.
    const again = await chooseFile(page, {
      name: 'bad.csv',
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(text),
    });
    expect(
      await again
        .getByRole('button', { name: 'Import only the 1 valid row' })
        .count(),
    ).toBe(1);
  });

  test('a CSV exported by the dashboard imports back to the same KPIs', async ({
    page,
  }) => {
    await page.goto('/?lang=en&pair=KZ-55~RU-OMS&from=2022-01&to=2022-06');
    const exact = await turnoverExact(page);
    const file = await download(page, en.export.csv.button);
    const bytes = await readFile(await file.path());
    await chooseFile(page, {
      name: 'export.csv',
      mimeType: 'text/csv',
      bytes: new Uint8Array(bytes),
    });
    await confirm(page, /^Import \d+ rows?$/);
    expect(searchParams(page).get('pair')).toBe('KZ-55~RU-OMS');
    expect(await turnoverExact(page)).toBe(exact);
  });

  test('exports and imports kept in two files combine, and a value given twice is reported', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const header = 'month;kz_region;ru_region;flow;hs_code;value_usd';
    const exports = [header, '2024-05;KZ-59;RU-KGN;export;1001;300', ''].join(
      '\n',
    );
    const imports = [
      header,
      '2024-05;KZ-59;RU-KGN;import;2710;200',
      '2024-05;KZ-59;RU-KGN;export;1001;999',
      '',
    ].join('\n');
    await chooseFile(page, {
      name: 'exports.csv',
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(exports),
    });
    await confirm(page, /^Import 1 row$/);
    expect(await turnoverExact(page)).toBe('300');

    const dialog = await chooseFile(page, {
      name: 'imports.csv',
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(imports),
    });
    await dialog.getByRole('radio', { name: en.import['mode-add'] }).check();
    await dialog.getByRole('button', { name: /^Import 2 rows$/ }).click();
    const done = dialog
      .getByRole('status')
      .filter({ hasText: 'already loaded' });
    await expect
      .poll(() => done.innerText(), { timeout: UI_TIMEOUT })
      .toContain('Row 3: the same sides');
    await done.getByRole('button', { name: en.common.close }).click();
    // The first file's export stays; the second file's import is added.
    expect(await turnoverExact(page)).toBe('500');
  });
});
