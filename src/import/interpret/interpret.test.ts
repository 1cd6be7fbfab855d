// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { Mapping, RawCell, RawTable } from '@/import/types';
import { regionsResponse } from '@/service/catalog/data/regions';
import { detectMapping } from './detect-mapping';
import { interpret } from './interpret';

const catalog = { regions: regionsResponse.regions };

function table(
  rows: RawCell[][],
  container: RawTable['container'] = 'text',
): RawTable {
  return {
    container,
    encoding: container === 'text' ? 'utf-8' : null,
    encodingSource: container === 'text' ? 'utf-8' : null,
    delimiter: container === 'text' ? ';' : null,
    sheets: [],
    sheet: null,
    rows,
    warnings: [],
  };
}

function csv(text: string, delimiter = ';'): RawCell[][] {
  return text
    .trim()
    .split('\n')
    .map((line) =>
      line.split(delimiter).map((cell) => (cell === '' ? null : cell)),
    );
}

function read(rows: RawCell[][], container: RawTable['container'] = 'text') {
  const t = table(rows, container);
  const mapping = detectMapping(t, catalog);
  return { mapping, result: interpret(t, mapping, catalog) };
}

const LONG_HEADER =
  'Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;Стоимость, тыс. долл. США';

describe('interpret', () => {
  it('reads a Russian long table into whole dollars', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;Восточно-Казахстанская область;Алтайский край;экспорт;0401;1 234,5
январь 2024;ВКО;Алтайский край;импорт;7601;12,3

февраль 2024*;Павлодарская область;Омская область;экспорт;2710;0,5
март 2024;Павлодарская область;Россия;экспорт;2710;–
`),
    );
    expect(result.problems).toEqual([]);
    expect(result.validRows).toBe(4);
    expect(result.invalidRows).toBe(0);
    expect(result.records).toEqual([
      {
        kz: 'KZ-63',
        ru: 'RU-ALT',
        month: '2024-01',
        flow: 'export',
        chapter: '04',
        valueUsd: 1234500,
        status: 'reported',
        preliminary: false,
        row: 2,
      },
      {
        kz: 'KZ-63',
        ru: 'RU-ALT',
        month: '2024-01',
        flow: 'import',
        chapter: '76',
        valueUsd: 12300,
        status: 'reported',
        preliminary: false,
        row: 3,
      },
      {
        kz: 'KZ-55',
        ru: 'RU-OMS',
        month: '2024-02',
        flow: 'export',
        chapter: '27',
        valueUsd: 500,
        status: 'reported',
        preliminary: true,
        row: 5,
      },
      {
        kz: 'KZ-55',
        ru: 'RU-OTHER',
        month: '2024-03',
        flow: 'export',
        chapter: '27',
        valueUsd: null,
        status: 'none',
        preliminary: false,
        row: 6,
      },
    ]);
  });

  it('reads a wide spreadsheet: one record per month, the total row once, х as confidential', () => {
    const { result } = read(
      [
        [
          'Экспорт Восточно-Казахстанской области в Алтайский край, тыс. долл. США',
        ],
        [],
        ['Код ТН ВЭД', 'Наименование', 'январь 2024', 'февраль 2024*', 'Всего'],
        ['0401', 'Молоко', 10.5, 20, 30.5],
        ['7601', 'Алюминий', 'х', 5, 105],
        ['2710', 'Нефтепродукты', '-', 1.25, 1.25],
        [null, 'Всего', 110.5, 26.25, 136.75],
      ],
      'xlsx',
    );
    expect(result.problems).toEqual([]);
    expect(result.validRows).toBe(3);
    expect(result.records).toHaveLength(6);
    const byKey = Object.fromEntries(
      result.records.map((r) => [`${r.chapter} ${r.month}`, r]),
    );
    expect(byKey['04 2024-01']).toMatchObject({
      kz: 'KZ-63',
      ru: 'RU-ALT',
      flow: 'export',
      valueUsd: 10500,
      status: 'reported',
      preliminary: false,
      row: 4,
    });
    expect(byKey['04 2024-02']).toMatchObject({
      valueUsd: 20000,
      preliminary: true,
    });
    expect(byKey['76 2024-01']).toMatchObject({
      valueUsd: null,
      status: 'confidential',
    });
    expect(byKey['27 2024-01']).toMatchObject({
      valueUsd: null,
      status: 'none',
    });
    const reported = result.records.reduce(
      (sum, r) => sum + (r.valueUsd ?? 0),
      0,
    );
    expect(reported).toBe(10500 + 20000 + 5000 + 1250);
    // The Всего row and column: a confidential cell makes each an upper bound.
    expect(result.controlTotals).toEqual([
      {
        row: 4,
        label: 'Всего',
        expectedUsd: 30500,
        actualUsd: 30500,
        matches: true,
      },
      {
        row: 5,
        label: 'Всего',
        expectedUsd: 105000,
        actualUsd: 5000,
        matches: true,
      },
      {
        row: 6,
        label: 'Всего',
        expectedUsd: 1250,
        actualUsd: 1250,
        matches: true,
      },
      {
        row: 7,
        label: 'Всего',
        expectedUsd: 136750,
        actualUsd: 36750,
        matches: true,
      },
      {
        row: 7,
        label: 'Всего',
        expectedUsd: 136750,
        actualUsd: 136750,
        matches: true,
      },
    ]);
  });

  it('refuses an amount no trade figure can have, by the one money rule', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;0401;1000000000
январь 2024;ВКО;Алтайский край;экспорт;0402;1000000000,001
`),
    );
    // In thousands of dollars: 10^12 USD is the most a figure may be.
    expect(result.records.map((r) => r.valueUsd)).toEqual([1e12]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Стоимость, тыс. долл. США',
        code: 'too-large',
        values: { text: '1000000000,001' },
      },
    ]);
  });

  it('lists bad rows by file row and column header', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;0401;1
январь 2024;Карагандинская область;Алтайский край;экспорт;0401;1
январь 2024;ВКО;;экспорт;0401;1
январь 2024;ВКО;Алтайский край;транзит;0401;1
январь 2024;ВКО;Алтайский край;экспорт;7700;1
январь 2024;ВКО;Алтайский край;экспорт;XV;1
январь 2024;ВКО;Алтайский край;экспорт;;1
13 месяц;ВКО;Алтайский край;экспорт;0401;1
январь 2024;ВКО;Алтайский край;экспорт;0402;-5
январь 2024;ВКО;Алтайский край;экспорт;7601;
январь 2024;ВКО;Алтайский край;экспорт;0404;abc
`),
    );
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Регион Казахстана',
        code: 'unknown-region',
        values: { side: 'kz', text: 'Карагандинская область' },
      },
      {
        row: 4,
        column: 'Регион России',
        code: 'missing-side',
        values: { side: 'ru' },
      },
      {
        row: 5,
        column: 'Направление',
        code: 'unknown-flow',
        values: { text: 'транзит' },
      },
      {
        row: 6,
        column: 'Код ТН ВЭД',
        code: 'bad-product',
        values: { text: '7700' },
      },
      {
        row: 7,
        column: 'Код ТН ВЭД',
        code: 'section-only',
        values: { text: 'XV' },
      },
      { row: 8, column: 'Код ТН ВЭД', code: 'missing-product', values: {} },
      {
        row: 9,
        column: 'Период',
        code: 'bad-period',
        values: { text: '13 месяц' },
      },
      {
        row: 10,
        column: 'Стоимость, тыс. долл. США',
        code: 'negative',
        values: { text: '-5' },
      },
      {
        row: 12,
        column: 'Стоимость, тыс. долл. США',
        code: 'bad-number',
        values: { text: 'abc' },
      },
    ]);
    expect(result.problemCount).toBe(9);
    expect(result.validRows).toBe(2);
    expect(result.invalidRows).toBe(9);
    // Missing is never zero: the empty value of row 11 is a record, not available.
    expect(result.records.map((r) => [r.row, r.valueUsd, r.status])).toEqual([
      [2, 1000, 'reported'],
      [11, null, 'unavailable'],
    ]);
  });

  it('names a column without a header by its letter', () => {
    const rows = csv(`
Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;
январь 2024;ВКО;Алтайский край;экспорт;0401;abc
`);
    const t = table(rows);
    const mapping: Mapping = {
      headerRow: 0,
      layout: 'long',
      roles: ['period', 'kz', 'ru', 'flow', 'product', 'value'],
      kz: null,
      ru: null,
      flow: null,
      unit: 'usd',
    };
    expect(interpret(t, mapping, catalog).problems).toEqual([
      { row: 2, column: 'F', code: 'bad-number', values: { text: 'abc' } },
    ]);
  });

  it('reports a duplicate on the later row and sums codes of one chapter', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;7601;1
январь 2024;ВКО;Алтайский край;экспорт;7604;2*
январь 2024;ВКО;Алтайский край;экспорт;7601;1
январь 2024;ВКО;Алтайский край;экспорт;7606;x
январь 2024;ВКО;Алтайский край;импорт;7606;x
январь 2024;ВКО;Алтайский край;импорт;7607;н/д
`),
    );
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'Код ТН ВЭД',
        code: 'duplicate',
        values: { firstRow: 2 },
      },
    ]);
    expect(result.records).toEqual([
      {
        kz: 'KZ-63',
        ru: 'RU-ALT',
        month: '2024-01',
        flow: 'export',
        chapter: '76',
        valueUsd: 3000,
        status: 'reported',
        preliminary: true,
        row: 2,
      },
      {
        kz: 'KZ-63',
        ru: 'RU-ALT',
        month: '2024-01',
        flow: 'import',
        chapter: '76',
        valueUsd: null,
        status: 'confidential',
        preliminary: false,
        row: 6,
      },
    ]);
    expect(result.validRows).toBe(5);
    expect(result.invalidRows).toBe(1);
  });

  it('checks total rows against the rows above them', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;0401;1,2
январь 2024;ВКО;Алтайский край;экспорт;7601;2,3
январь 2024;ВКО;Алтайский край;экспорт;Итого;3,5
январь 2024;ВКО;Омская область;экспорт;0401;10
январь 2024;ВКО;Омская область;экспорт;Итого;11
январь 2024;ВКО;Алтайский край;экспорт;Всего;14,5
I квартал 2024;ВКО;Алтайский край;экспорт;0401;99
`),
    );
    expect(result.controlTotals).toEqual([
      {
        row: 4,
        label: 'Итого',
        expectedUsd: 3500,
        actualUsd: 3500,
        matches: true,
      },
      {
        row: 6,
        label: 'Итого',
        expectedUsd: 11000,
        actualUsd: 10000,
        matches: false,
      },
      {
        row: 7,
        label: 'Всего',
        expectedUsd: 14500,
        actualUsd: 13500,
        matches: false,
      },
    ]);
    expect(result.problems).toEqual([
      {
        row: 6,
        column: 'Стоимость, тыс. долл. США',
        code: 'control-total',
        values: { label: 'Итого', expected: 11000, actual: 10000 },
      },
      {
        row: 7,
        column: 'Стоимость, тыс. долл. США',
        code: 'control-total',
        values: { label: 'Всего', expected: 14500, actual: 13500 },
      },
    ]);
    // Subtotal rows are neither records nor counted rows.
    expect(result.records).toHaveLength(3);
    expect(result.validRows).toBe(3);
    expect(result.invalidRows).toBe(0);
  });

  it('reports an amount over the money rule’s 10^12 USD, alone or summed in its chapter, and keeps no record of it', () => {
    // Found by the hostile-input property: `1e308` thousand dollars became a
    // record of Infinity dollars, which JSON writes as null.
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;0401;1e308
январь 2024;ВКО;Алтайский край;экспорт;7601;9007199254740,993
январь 2024;ВКО;Алтайский край;экспорт;7602;600000000
январь 2024;ВКО;Алтайский край;экспорт;7603;600000000
январь 2024;ВКО;Алтайский край;экспорт;7201;1
`),
    );
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'Стоимость, тыс. долл. США',
        code: 'too-large',
        values: { text: '1e308' },
      },
      {
        row: 3,
        column: 'Стоимость, тыс. долл. США',
        code: 'too-large',
        values: { text: '9007199254740,993' },
      },
      // Codes of one chapter are summed: the second one tips it over 10^12.
      {
        row: 5,
        column: 'Стоимость, тыс. долл. США',
        code: 'too-large',
        values: { text: '600000000' },
      },
    ]);
    expect(result.records.map((r) => [r.chapter, r.valueUsd])).toEqual([
      ['76', 600_000_000_000],
      ['72', 1000],
    ]);
  });

  it('does not check a total of more dollars than a double holds exactly', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;0401;1,2
январь 2024;ВКО;Алтайский край;экспорт;Всего;1e308
`),
    );
    expect(result.controlTotals).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Стоимость, тыс. долл. США',
        code: 'too-large',
        values: { text: 'Всего' },
      },
    ]);
  });

  it('allows half a unit of rounding in published totals', () => {
    const { result } = read(
      csv(`
${LONG_HEADER}
январь 2024;ВКО;Алтайский край;экспорт;0401;1,24
январь 2024;ВКО;Алтайский край;экспорт;7601;2,24
январь 2024;ВКО;Алтайский край;экспорт;Всего;3,5
`),
    );
    expect(result.controlTotals).toEqual([
      {
        row: 4,
        label: 'Всего',
        expectedUsd: 3500,
        actualUsd: 3480,
        matches: true,
      },
    ]);
  });

  it('checks a wide aggregate column row by row', () => {
    const { result } = read([
      ['Импорт Павлодарской области из Омской области, долл. США'],
      ['Код', 'январь 2024', 'февраль 2024', 'I квартал 2024', '2023 год'],
      ['0401', '100', '200', '301', '7'],
    ]);
    expect(result.controlTotals).toEqual([
      {
        row: 3,
        label: 'I квартал 2024',
        expectedUsd: 301,
        actualUsd: 300,
        matches: false,
      },
    ]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'I квартал 2024',
        code: 'control-total',
        values: { label: 'I квартал 2024', expected: 301, actual: 300 },
      },
    ]);
    expect(result.records.map((r) => [r.kz, r.ru, r.flow, r.valueUsd])).toEqual(
      [
        ['KZ-55', 'RU-OMS', 'import', 100],
        ['KZ-55', 'RU-OMS', 'import', 200],
      ],
    );
  });

  it('reads a per-row unit column over the file unit', () => {
    const { result } = read(
      csv(`
Месяц;Область;Регион России;Поток;Код;Значение;Ед. изм.
2024-01;ВКО;Алтайский край;экспорт;0401;1,5;млн долл. США
2024-01;ВКО;Алтайский край;экспорт;0402;7;тыс. тенге
`),
    );
    expect(result.records.map((r) => r.valueUsd)).toEqual([1500000]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Ед. изм.',
        code: 'missing-unit',
        values: { text: 'тыс. тенге' },
      },
    ]);
  });

  it('reads the dashboard export back', () => {
    const { result } = read(
      csv(
        `month,kz_region,kz_region_name,ru_region,ru_region_name,flow,hs_section,hs_section_name,value_usd,synthetic,calibration,hs_chapter,hs_chapter_name
2023-01,KZ-63,East Kazakhstan Region,RU-ALT,Altai Krai,export,XV,Base metals,927000,true,F02-reported,76,Aluminium
2023-01,KZ-OTHER,Other regions of Kazakhstan,RU-OTHER,Other regions of Russia,import,XVI,Machinery,12000,true,F02-reported,84,Machinery
2023-02,KZ-63,East Kazakhstan Region,RU-ALT,Altai Krai,import,XV,Base metals,,true,F02-reported,,`,
        ',',
      ),
    );
    expect(
      result.records.map((r) => [
        r.kz,
        r.ru,
        r.month,
        r.flow,
        r.chapter,
        r.valueUsd,
      ]),
    ).toEqual([
      ['KZ-63', 'RU-ALT', '2023-01', 'export', '76', 927000],
      ['KZ-OTHER', 'RU-OTHER', '2023-01', 'import', '84', 12000],
    ]);
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'hs_chapter',
        code: 'section-only',
        values: { text: 'XV' },
      },
    ]);
  });

  it.each([
    [[], ['empty']],
    [[[null, '  ']], ['empty']],
  ])('reports an empty file', (rows, codes) => {
    const result = interpret(
      table(rows),
      detectMapping(table(rows), catalog),
      catalog,
    );
    expect(result.problems.map((p) => p.code)).toEqual(codes);
  });

  it('reports what the whole file lacks', () => {
    const rows = csv(`
Код;Наименование
0401;Молоко
`);
    const t = table(rows);
    const result = interpret(t, detectMapping(t, catalog), catalog);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [null, null, 'no-value-column'],
      [null, null, 'no-period'],
      [null, null, 'missing-side'],
      [null, null, 'missing-side'],
      [null, null, 'missing-flow'],
      [null, null, 'missing-unit'],
    ]);
    expect(result.records).toEqual([]);
  });

  it('keeps the first problems and counts them all', () => {
    const rows: RawCell[][] = [LONG_HEADER.split(';')];
    for (let i = 0; i < 250; i++) {
      rows.push([
        'январь 2024',
        'ВКО',
        'Алтайский край',
        'экспорт',
        '0401',
        'abc',
      ]);
    }
    const { result } = read(rows);
    expect(result.problems).toHaveLength(100);
    expect(result.problemCount).toBe(250);
    expect(result.problems[99]?.row).toBe(101);
    expect(result.invalidRows).toBe(250);
  });

  it('reports progress about every 10,000 rows', () => {
    const rows: RawCell[][] = [LONG_HEADER.split(';')];
    for (let i = 0; i < 25_000; i++) {
      rows.push([
        '2024-01',
        'KZ-63',
        'RU-ALT',
        'export',
        String(1000 + (i % 9000)).padStart(4, '0'),
        '1',
      ]);
    }
    const t = table(rows);
    const onProgress = vi.fn();
    interpret(t, detectMapping(t, catalog), catalog, { onProgress });
    expect(onProgress.mock.calls).toEqual([
      [10_000, 25_000],
      [20_000, 25_000],
      [25_000, 25_000],
    ]);
  });
});
