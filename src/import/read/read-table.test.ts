// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RawTable } from '../types';
import { readTable, type ReadResult } from './read-table';
import { encodeUtf16le, encodeWindows1251 } from './test-encoders';

const utf8 = (text: string) => new TextEncoder().encode(text);

function tableOf(result: ReadResult): RawTable {
  if (!result.ok)
    throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result.table;
}

const RUSSIAN_CSV = [
  'Период;Регион;Стоимость, тыс. долл. США',
  '2024-01;Актюбинская область;1 234,5',
  '2024-02;Оренбургская область;12,5',
  '2024-03;Алматы;',
  '',
  '',
].join('\r\n');

const RUSSIAN_ROWS = [
  ['Период', 'Регион', 'Стоимость, тыс. долл. США'],
  ['2024-01', 'Актюбинская область', '1 234,5'],
  ['2024-02', 'Оренбургская область', '12,5'],
  ['2024-03', 'Алматы', null],
];

describe('readTable on text', () => {
  it('reads a Windows-1251 ; CSV with Russian headers and decimal commas', () => {
    expect(tableOf(readTable(encodeWindows1251(RUSSIAN_CSV)))).toEqual({
      container: 'text',
      encoding: 'windows-1251',
      encodingSource: 'score',
      delimiter: ';',
      sheets: [],
      sheet: null,
      rows: RUSSIAN_ROWS,
      warnings: [],
    });
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = tableOf(readTable(utf8(RUSSIAN_CSV)));
    expect(plain).toMatchObject({ encoding: 'utf-8', encodingSource: 'utf-8' });
    expect(plain.rows).toEqual(RUSSIAN_ROWS);
    const marked = tableOf(readTable(utf8(`\uFEFF${RUSSIAN_CSV}`)));
    expect(marked).toMatchObject({ encoding: 'utf-8', encodingSource: 'bom' });
    expect(marked.rows).toEqual(RUSSIAN_ROWS);
  });

  it('reads Excel "Unicode text": UTF-16LE with a mark, tab-separated', () => {
    const text = 'Регион\tЯнварь 2024\r\nШығыс Қазақстан\t1 234,5\r\n';
    const table = tableOf(readTable(encodeUtf16le(text, { bom: true })));
    expect(table).toMatchObject({
      encoding: 'utf-16le',
      encodingSource: 'bom',
      delimiter: '\t',
      warnings: [],
    });
    expect(table.rows).toEqual([
      ['Регион', 'Январь 2024'],
      ['Шығыс Қазақстан', '1 234,5'],
    ]);
  });

  it('warns of the rows where Windows-1251 lost Kazakh letters', () => {
    const text = 'Регион;Стоимость\nШығыс Қазақстан;1\nАлматы;2\nАқмола;3\n';
    const table = tableOf(readTable(encodeWindows1251(text)));
    expect(table.rows[1]).toEqual(['Шы?ыс ?аза?стан', '1']);
    expect(table.warnings).toEqual([{ code: 'letters-lost', rows: [2, 4] }]);
  });

  it('uses the encoding and delimiter the user forces', () => {
    const bytes = encodeWindows1251('a,b;c\nd,e;f\n');
    const table = tableOf(
      readTable(bytes, { encoding: 'utf-8', delimiter: ',' }),
    );
    expect(table).toMatchObject({ encodingSource: 'user', delimiter: ',' });
    expect(table.rows).toEqual([
      ['a', 'b;c'],
      ['d', 'e;f'],
    ]);
    const cp1251 = tableOf(
      readTable(utf8('Я;1'), { encoding: 'windows-1251' }),
    );
    expect(cp1251.rows).toEqual([['РЇ', '1']]);
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['only whitespace', utf8(' \r\n\t\n')],
    ['only a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf])],
    [
      'only a UTF-16 mark and line breaks',
      encodeUtf16le('\r\n', { bom: true }),
    ],
    ['only delimiters', utf8(';;;\n;;\n')],
  ])('reports %s as empty', (_, bytes) => {
    expect(readTable(bytes)).toEqual({
      ok: false,
      problem: { code: 'empty', row: null, column: null, values: {} },
    });
  });

  it('reads a 10 MB line with no line break quickly', () => {
    const started = performance.now();
    const table = tableOf(readTable(utf8('1 234,5;'.repeat(1_250_000))));
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.[0]).toBe('1 234,5');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
