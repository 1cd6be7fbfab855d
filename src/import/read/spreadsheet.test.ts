// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';
import { tradeWorkbook } from './test-workbooks';

describe.each([
  ['xlsx', 'xlsx'],
  ['biff8', 'xls'],
] as const)('readTable on a %s workbook', (bookType, container) => {
  const bytes = tradeWorkbook(bookType);

  it('reads the first sheet with data, keeping types and positions', () => {
    expect(readTable(bytes)).toEqual({
      ok: true,
      table: {
        container,
        encoding: null,
        encodingSource: null,
        delimiter: null,
        sheets: ['Notes', 'Trade', 'Offset'],
        sheet: 'Trade',
        rows: [
          ['Экспорт Казахстана в Россию по товарам', null, null, null, null],
          ['тыс. долл. США', null, null, null, null],
          [
            'Код ТН ВЭД',
            'Наименование',
            '2024-01-01',
            '2024-02-01',
            'Март 2024*',
          ],
          ['0401', 'Молоко и сливки', 1234.5, 'х', 10],
          ['2710', 'Нефтепродукты', 0.25, 3, 'TRUE'],
          ['Всего', null, 1234.75, 3, 10],
        ],
        warnings: [],
      },
    });
  });

  it('reads the sheet the user names, aligned to row 1 and column A', () => {
    const result = readTable(bytes, { sheet: 'Offset' });
    expect(result.ok && result.table.sheet).toBe('Offset');
    expect(result.ok && result.table.rows).toEqual([
      [],
      [],
      [null, null, 'Регион', 'Стоимость'],
      [null, null, 'KZ-63', 5],
    ]);
  });

  it('reports a sheet that does not exist as unreadable', () => {
    const result = readTable(bytes, { sheet: 'Missing' });
    expect(result.ok || result.problem.code).toBe('unreadable');
  });

  it('reports an empty sheet the user names as empty', () => {
    const result = readTable(bytes, { sheet: 'Notes' });
    expect(result.ok || result.problem.code).toBe('empty');
  });

  it('reports a truncated file as unreadable, with a reason', () => {
    const result = readTable(bytes.subarray(0, 600));
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'unreadable', row: null, column: null },
    });
    expect(result.ok || typeof result.problem.values.reason).toBe('string');
  });
});
