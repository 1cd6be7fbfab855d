// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseProduct } from './parse-product';

describe('parseProduct', () => {
  it.each([
    ['76', '76', '76'],
    ['0401', '0401', '04'],
    ["'0401", '0401', '04'],
    ['"0401"', '0401', '04'],
    ['0401.10', '040110', '04'],
    ['0401 10 000 0', '0401100000', '04'],
    ['8471300000', '8471300000', '84'],
    ['76 Алюминий и изделия из него', '76', '76'],
    ['7601 – Алюминий необработанный', '7601', '76'],
    [401, '0401', '04'],
    [40110000, '40110000', '40'],
    [401100000, '0401100000', '04'],
    [1, '01', '01'],
    [97, '97', '97'],
  ])('reads %j as the code %s of chapter %s', (cell, code, chapter) => {
    expect(parseProduct(cell)).toEqual({ kind: 'chapter', code, chapter });
  });

  it.each([
    ['XV', 'XV'],
    ['xv', 'XV'],
    ['I', 'I'],
    ['XXI', 'XXI'],
    ['Раздел XV', 'XV'],
    ['Section XV', 'XV'],
    ['XV бөлім', 'XV'],
    ['ХV', 'XV'],
  ])('reads %j as the section %s', (cell, section) => {
    expect(parseProduct(cell)).toEqual({ kind: 'section', section });
  });

  it.each([
    [null],
    [''],
    ['7'.repeat(11)],
    ['77'],
    ['7700'],
    ['99'],
    ['00'],
    ['XXII'],
    ['abc'],
    ['2024-01'],
    ['12,5'],
    [4.5],
    [-4],
  ])('rejects %j', (cell) => {
    expect(parseProduct(cell)).toBeNull();
  });
});
