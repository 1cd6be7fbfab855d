import { describe, expect, it } from 'vitest';
import { figuresForPair } from './provenance';

const figures = [
  { id: 'F02', geography: 'KZ-63<->RU-ALT' },
  { id: 'F09', geography: 'KZ-63(old)<->RU' },
  { id: 'F15', geography: 'RU-AL<->KZ' },
];

describe('figuresForPair', () => {
  it('finds the figure reported for the pair, whichever side is named first', () => {
    expect(figuresForPair(figures, 'KZ-63~RU-ALT').map((f) => f.id)).toEqual([
      'F02',
    ]);
    expect(
      figuresForPair([{ geography: 'RU-ALT<->KZ-63' }], 'KZ-63~RU-ALT'),
    ).toHaveLength(1);
  });

  it('does not take Altai Krai figures for the Altai Republic (RU-AL is inside RU-ALT)', () => {
    expect(figuresForPair(figures, 'KZ-63~RU-AL')).toEqual([]);
  });

  it('finds nothing for empty input or a pair without figures', () => {
    expect(figuresForPair([], 'KZ-63~RU-ALT')).toEqual([]);
    expect(figuresForPair(figures, 'KZ-55~RU-OMS')).toEqual([]);
  });
});
