// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RawCell, RawTable } from '@/import/types';
import { regionsResponse } from '@/service/catalog/data/regions';
import { detectMapping } from './detect-mapping';

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
    sheets: container === 'text' ? [] : ['Лист1'],
    sheet: container === 'text' ? null : 'Лист1',
    rows,
    warnings: [],
  };
}

/** `;`-separated lines as a CSV reader gives them: text cells, empty as null. */
function csv(text: string, delimiter = ';'): RawCell[][] {
  return text
    .trim()
    .split('\n')
    .map((line) =>
      line.split(delimiter).map((cell) => (cell === '' ? null : cell)),
    );
}

export const russianLong = csv(`
Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;Наименование товара;Стоимость, тыс. долл. США
январь 2024;Восточно-Казахстанская область;Алтайский край;экспорт;0401;Молоко;1 234,5
январь 2024;ВКО;Алтайский край;импорт;7601;Алюминий;12,3
февраль 2024;Павлодарская область;Омская область;экспорт;2710;Нефтепродукты;0,5
`);

describe('detectMapping', () => {
  it('reads a Russian long table with decimal commas', () => {
    expect(detectMapping(table(russianLong), catalog)).toEqual({
      headerRow: 0,
      layout: 'long',
      roles: ['period', 'kz', 'ru', 'flow', 'product', 'ignore', 'value'],
      kz: null,
      ru: null,
      flow: null,
      unit: 'thousand-usd',
    });
  });

  it('reads a wide spreadsheet with titles, codes in the first column and months as columns', () => {
    const rows: RawCell[][] = [
      [
        'Экспорт Восточно-Казахстанской области в Алтайский край, тыс. долл. США',
      ],
      [null, null, 'по данным КГД'],
      ['Код ТН ВЭД', 'Наименование', 'январь 2024', 'февраль 2024*', 'Всего'],
      ['0401', 'Молоко', 10.5, 20, 30.5],
      ['7601', 'Алюминий', 'х', 5, 105],
      [null, 'Всего', 10.5, 25, 135.5],
    ];
    expect(detectMapping(table(rows, 'xlsx'), catalog)).toEqual({
      headerRow: 2,
      layout: 'wide',
      roles: ['product', 'ignore', 'value', 'value', 'ignore'],
      kz: 'KZ-63',
      ru: 'RU-ALT',
      flow: 'export',
      unit: 'thousand-usd',
    });
  });

  it.each([
    [
      'en',
      'month,kz_region,kz_region_name,ru_region,ru_region_name,flow,hs_section,hs_section_name,value_usd,synthetic,calibration,hs_chapter,hs_chapter_name',
    ],
    [
      'ru',
      'месяц,регион_рк,регион_рк_название,регион_рф,регион_рф_название,направление,раздел_тнвэд,раздел_тнвэд_название,стоимость_долл_сша,синтетические,калибровка,группа_тнвэд,группа_тнвэд_название',
    ],
    [
      'kk',
      'ай,қр_өңірі,қр_өңірінің_атауы,рф_өңірі,рф_өңірінің_атауы,бағыт,сэқ_тн_бөлімі,сэқ_тн_бөлімінің_атауы,құны_ақш_доллары,синтетикалық,калибрлеу,сэқ_тн_тобы,сэқ_тн_тобының_атауы',
    ],
  ])("reads the dashboard's own CSV export (%s)", (_language, headerLine) => {
    const rows = csv(
      `${headerLine}
2023-01,KZ-63,East Kazakhstan Region,RU-ALT,Altai Krai,export,XV,Base metals,927000,true,F02-reported,76,Aluminium
2023-02,KZ-63,East Kazakhstan Region,RU-ALT,Altai Krai,import,XVI,Machinery,12000,true,F02-reported,84,Machinery`,
      ',',
    );
    expect(detectMapping(table(rows), catalog)).toEqual({
      headerRow: 0,
      layout: 'long',
      roles: [
        'period',
        'kz',
        'ignore',
        'ru',
        'ignore',
        'flow',
        'section',
        'ignore',
        'value',
        'ignore',
        'ignore',
        'product',
        'ignore',
      ],
      kz: null,
      ru: null,
      flow: null,
      unit: 'usd',
    });
  });

  it('reads roles from the content when the header does not name them', () => {
    const rows = csv(`
A;B;C;D;E
2024-01;Павлодарская область;Омская область;экспорт;100
2024-02;Павлодарская область;Омская область;импорт;200
2024-03;Павлодарская область;Омская область;экспорт;300
`);
    const mapping = detectMapping(table(rows), catalog);
    expect(mapping.roles).toEqual(['period', 'kz', 'ru', 'flow', 'value']);
    expect(mapping.unit).toBeNull();
  });

  it('swaps a region column the header puts on the wrong side', () => {
    const rows = csv(`
Месяц;Регион;Регион;Поток;Код;Значение;Ед. изм.
2024-01;Омская область;Павлодарская область;экспорт;0401;1;тыс. долл. США
2024-01;Алтайский край;ВКО;экспорт;0401;1;тыс. долл. США
`);
    const mapping = detectMapping(table(rows), catalog);
    expect(mapping.roles).toEqual([
      'period',
      'ru',
      'kz',
      'flow',
      'product',
      'value',
      'unit',
    ]);
    expect(mapping.unit).toBeNull();
  });

  it('keeps one column per role and reads the whole country from a title', () => {
    const rows = csv(`
Торговля Казахстана с Российской Федерацией
Период;Период;Область;Направление;Код ТН ВЭД;Стоимость, долл. США;Сумма
2024-01;2024-02;Павлодарская область;экспорт;0401;1;2
`);
    const mapping = detectMapping(table(rows), catalog);
    expect(mapping.headerRow).toBe(1);
    expect(mapping.roles).toEqual([
      'period',
      'ignore',
      'kz',
      'flow',
      'product',
      'value',
      'ignore',
    ]);
    expect(mapping.ru).toBe('RU');
    expect(mapping.unit).toBe('usd');
  });

  it('never throws on tables it cannot read', () => {
    expect(detectMapping(table([]), catalog)).toMatchObject({
      headerRow: 0,
      roles: [],
    });
    expect(detectMapping(table([[null], ['x']]), catalog).headerRow).toBe(0);
  });
});
