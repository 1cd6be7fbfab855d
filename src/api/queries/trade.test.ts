import { describe, expect, it } from 'vitest';
import { normalizeTradeQuery } from './trade';

describe('normalizeTradeQuery', () => {
  const base = { pair: 'KZ~RU', from: '2023-01', to: '2023-08' } as const;

  it('sorts sectors and sorts and deduplicates chapters', () => {
    expect(
      normalizeTradeQuery({
        ...base,
        sectors: ['XVI', 'II'],
        chapters: ['84', '07', '84'],
      }),
    ).toEqual({ ...base, sectors: ['II', 'XVI'], chapters: ['07', '84'] });
  });

  it('drops empty filters, so equal views give equal keys', () => {
    expect(normalizeTradeQuery({ ...base, sectors: [], chapters: [] })).toEqual(
      base,
    );
  });
});
