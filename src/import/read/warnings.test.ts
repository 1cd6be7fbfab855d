// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../types';
import { warningsOf } from './warnings';

describe('warningsOf', () => {
  it('lists the rows where ? stands for a Kazakh letter', () => {
    const rows: RawCell[][] = [
      ['Регион', 'Стоимость'],
      ['Шы?ыс', 1],
      [],
      ['?азақстан', '2'],
      ['Алматы', 3],
      [null, '?кмола'],
      ['Та?', null],
    ];
    expect(warningsOf(rows)).toEqual([
      { code: 'letters-lost', rows: [2, 4, 6, 7] },
    ]);
  });

  it('ignores ? away from Cyrillic letters', () => {
    const rows: RawCell[][] = [['What?', '? ', 'a?b', '1?2', 'Регион ?', 5]];
    expect(warningsOf(rows)).toEqual([]);
  });

  it('lists at most 100 rows', () => {
    const rows: RawCell[][] = Array.from({ length: 250 }, () => ['?кмола']);
    const [warning] = warningsOf(rows);
    expect(warning?.rows).toHaveLength(100);
    expect(warning?.rows.at(-1)).toBe(100);
  });
});
