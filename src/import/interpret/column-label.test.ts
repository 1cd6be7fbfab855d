// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Mapping, RawTable } from '@/import/types';
import { columnLabel, columnLetter } from './column-label';

describe('columnLabel', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('writes column %d as %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });

  it('names a column by its header, or its letter when the header is empty', () => {
    const table: RawTable = {
      container: 'text',
      encoding: 'utf-8',
      encodingSource: 'utf-8',
      delimiter: ';',
      sheets: [],
      sheet: null,
      rows: [['title'], [' Стоимость ', null, '', 2024]],
      warnings: [],
    };
    const mapping: Mapping = {
      headerRow: 1,
      layout: 'long',
      roles: [],
      kz: null,
      ru: null,
      flow: null,
      unit: null,
    };
    expect(columnLabel(table, mapping, 0)).toBe('Стоимость');
    expect(columnLabel(table, mapping, 1)).toBe('B');
    expect(columnLabel(table, mapping, 2)).toBe('C');
    expect(columnLabel(table, mapping, 3)).toBe('2024');
    expect(columnLabel(table, mapping, 30)).toBe('AE');
  });
});
