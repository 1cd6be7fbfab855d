import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsv } from './csv';

describe('buildCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes commas, quotes and newlines', () => {
    const csv = buildCsv(
      ['name', 'value'],
      [
        ['Алтайский край, "север"', 5],
        ['line\nbreak', null],
      ],
    );
    expect(csv.startsWith('\uFEFFname,value\r\n')).toBe(true);
    expect(csv).toContain('"Алтайский край, ""север""",5\r\n');
    expect(csv).toContain('"line\nbreak",\r\n');
  });

  it.each(['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx', '\rx'])(
    'neutralises the formula-like text %j',
    (text) => {
      const csv = buildCsv(['text'], [[text]]);
      const parsed = Papa.parse<string[]>(csv.slice(1), {
        skipEmptyLines: true,
      });
      expect(parsed.data[1]?.[0]).toBe(`'${text}`);
    },
  );

  it('leaves numbers, including negative ones, as numbers', () => {
    const parsed = Papa.parse<string[]>(
      buildCsv(['n'], [[-5], [927000000]]).slice(1),
      { skipEmptyLines: true },
    );
    expect(parsed.data.slice(1)).toEqual([['-5'], ['927000000']]);
  });
});
