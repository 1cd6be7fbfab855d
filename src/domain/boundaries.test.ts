import { describe, expect, it } from 'vitest';
import { boundaryNotes } from './boundaries';

const regions = [
  { code: 'KZ-63', validFrom: null, formedFrom: null },
  { code: 'KZ-10', validFrom: '2022-06-08', formedFrom: 'KZ-63' },
];

describe('boundaryNotes', () => {
  it.each([
    ['a period that crosses the split', '2022-01', '2022-12'],
    ['a period wholly before it', '2019-01', '2019-12'],
  ])('says East Kazakhstan included Abai’s territory for %s', (_, from, to) => {
    expect(boundaryNotes('KZ-63~RU-ALT', { from, to }, regions)).toEqual([
      { kind: 'split', region: 'KZ-63', part: 'KZ-10', since: '2022-06-08' },
    ]);
  });

  it('says Abai starts in June 2022 when the period begins earlier', () => {
    expect(
      boundaryNotes('KZ-10~RU', { from: '2022-01', to: '2022-12' }, regions),
    ).toEqual([
      { kind: 'formed', region: 'KZ-10', since: '2022-06-08', parent: 'KZ-63' },
    ]);
  });

  it.each([
    ['a period from the split on', 'KZ-63~RU-ALT', '2022-06'],
    [
      'the whole country, whose total the split leaves alone',
      'KZ~RU',
      '2019-01',
    ],
    ['another region', 'KZ-15~RU', '2019-01'],
  ])('says nothing for %s', (_, pair, from) => {
    expect(boundaryNotes(pair, { from, to: '2023-12' }, regions)).toEqual([]);
  });

  it('says nothing without a catalogue', () => {
    expect(
      boundaryNotes('KZ-63~RU-ALT', { from: '2019-01', to: '2023-12' }, []),
    ).toEqual([]);
  });
});
