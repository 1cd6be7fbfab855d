import { describe, expect, it } from 'vitest';
import { monthSchema } from '@/api/schemas/common';
import { DEFAULT_FILTERS } from './filters';
import {
  canonicalSectors,
  FILTER_PARAMS,
  param,
  PARAMS,
  type ParamRead,
  type ParamTable,
} from './url-params';

describe('PARAMS', () => {
  it.each<[keyof typeof PARAMS, string, ParamRead<unknown>]>([
    [
      'pair',
      'KZ-63~RU-AL',
      { status: 'valid', value: 'KZ-63~RU-AL', rejected: [] },
    ],
    ['pair', 'KZ~RU', { status: 'valid', value: 'KZ~RU', rejected: [] }],
    ['pair', 'KZ-63-RU-AL', { status: 'invalid', rejected: ['KZ-63-RU-AL'] }],
    ['from', '2021-12', { status: 'valid', value: '2021-12', rejected: [] }],
    ['to', '2021-1', { status: 'invalid', rejected: ['2021-1'] }],
    ['flow', 'import', { status: 'valid', value: 'import', rejected: [] }],
    ['flow', 'Import', { status: 'invalid', rejected: ['Import'] }],
    ['compare', 'none', { status: 'valid', value: 'none', rejected: [] }],
    ['compare', '', { status: 'invalid', rejected: [''] }],
    ['sectors', '', { status: 'missing' }],
    [
      'sectors',
      'XVI,I',
      { status: 'valid', value: ['I', 'XVI'], rejected: [] },
    ],
    [
      'sectors',
      'XVI,xx,I,XVI,',
      { status: 'valid', value: ['I', 'XVI'], rejected: ['xx', ''] },
    ],
    ['sectors', 'XXX', { status: 'valid', value: [], rejected: ['XXX'] }],
  ])('reads %s=%j', (key, raw, expected) => {
    expect(PARAMS[key].parse(raw)).toEqual(expected);
  });

  it('lists a parameter for every filter, in the filters’ order', () => {
    expect(FILTER_PARAMS).toEqual(Object.keys(DEFAULT_FILTERS));
  });

  it('is checked by the compiler: every filter, each with its own type', () => {
    const withoutCompare: Omit<ParamTable, 'compare'> = PARAMS;
    // @ts-expect-error `compare` has no codec.
    const incomplete: ParamTable = withoutCompare;
    // @ts-expect-error `flow` is not a month.
    const mistyped: ParamTable = { ...PARAMS, flow: param(monthSchema) };
    expect([incomplete, mistyped]).toHaveLength(2);
  });
});

describe('canonicalSectors', () => {
  it.each([
    [[], []],
    [
      ['XVI', 'I', 'XVI'],
      ['I', 'XVI'],
    ],
    [['XXII', 'i', 'II'], ['II']],
  ])('turns %j into %j', (input, expected) => {
    expect(canonicalSectors(input)).toEqual(expected);
  });
});
