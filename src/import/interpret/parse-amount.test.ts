// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount';

describe('parseAmount', () => {
  it.each([
    [1234.5, 1234.5],
    [0, 0],
    ['0', 0],
    ['1234', 1234],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ["1'234.5", 1234.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1,234', 1234],
    ['12,345', 12345],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1 234 567', 1234567],
    ['0,125', 0.125],
    ['1,2345', 1.2345],
    ['1,23', 1.23],
    ['1.234', 1.234],
    [',5', 0.5],
    ['  42  ', 42],
    ['−5', -5],
    ['-5,5', -5.5],
    ['- 1 234', -1234],
    ['1.5E+06', 1500000],
  ])('reads %j as %d', (cell, value) => {
    expect(parseAmount(cell)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['-', 'none'],
    ['–', 'none'],
    ['—', 'none'],
    ['x', 'confidential'],
    ['X', 'confidential'],
    ['х', 'confidential'],
    ['Х', 'confidential'],
    [' х ', 'confidential'],
    ['…', 'unavailable'],
    ['..', 'unavailable'],
    ['...', 'unavailable'],
    ['н/д', 'unavailable'],
    ['Н/Д', 'unavailable'],
    ['n/a', 'unavailable'],
    ['N/A', 'unavailable'],
  ])('reads the marker %j as %s', (cell, status) => {
    expect(parseAmount(cell)).toEqual({ kind: 'marker', status });
  });

  it.each([[null], [''], ['   '], ['\u00a0']])('reads %j as empty', (cell) => {
    expect(parseAmount(cell)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['abc'],
    ['12 34'],
    ['1,23,4'],
    ['1.2.3,4,5'],
    ['12a'],
    ['1 234.567,5.1'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['--5'],
  ])('rejects %j', (cell) => {
    expect(parseAmount(cell)).toEqual({ kind: 'invalid' });
  });
});
