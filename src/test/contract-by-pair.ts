import { describe, expect, test } from 'vitest';
import { regionsResponseSchema } from '@/api/schemas/regions';
import {
  tradeByPairResponseSchema,
  tradeTotalsResponseSchema,
  type PeriodTotals,
} from '@/api/schemas/trade';
import { contractClient, FORUM, type ContractGet } from './contract-client';

/** The filters of the forum view: January–August 2023, no pair. */
const PERIOD = { from: FORUM.from, to: FORUM.to };

/** The figures a level of by-pair shares with /api/trade/totals of its view. */
const flowsOf = (
  period: Pick<PeriodTotals, 'exports' | 'imports' | 'provenance'> | undefined,
) =>
  period && {
    exports: period.exports,
    imports: period.imports,
    provenance: period.provenance,
  };

/** The whole-border aggregate part of the contract suite (see contract-suite.ts). */
export function byPairContract(name: string, get: () => ContractGet): void {
  const { ok, failure } = contractClient(get);
  const byPair = async (query: Record<string, string>) =>
    tradeByPairResponseSchema.parse(await ok('/api/trade/by-pair', query));
  const totals = async (query: Record<string, string>) =>
    tradeTotalsResponseSchema.parse(await ok('/api/trade/totals', query));

  describe(`contract (${name}): the whole border by pair`, () => {
    test('lists every border pair of the catalogue in its order, and each of their Kazakh regions once', async () => {
      const regions = regionsResponseSchema.parse(await ok('/api/regions'));
      const reply = await byPair(PERIOD);
      expect(reply.current.pairs.map((p) => [p.pair, p.kz, p.ru])).toEqual(
        regions.pairs.map((p) => [p.id, p.kz, p.ru]),
      );
      expect(reply.current.regions.map((r) => r.kz)).toEqual([
        ...new Set(regions.pairs.map((p) => p.kz)),
      ]);
      expect(reply.current.regions).toHaveLength(8);
      expect([reply.current.from, reply.current.to]).toEqual([
        '2023-01',
        '2023-08',
      ]);
      expect(reply.previous).toBeNull();
    });

    test('East Kazakhstan with Altai Krai reproduces the forum figure', async () => {
      const reply = await byPair(PERIOD);
      const forum = reply.current.pairs.find((p) => p.pair === FORUM.pair);
      expect((forum?.exports ?? 0) + (forum?.imports ?? 0)).toBe(927_000_000);
    });

    test.each<Record<string, string>>([
      {},
      { chapters: '76,84' },
      { sectors: 'V', flow: 'export' },
      { compare: 'prev' },
    ])(
      'with %o, each pair, region and the country equal the totals of their view',
      async (filters) => {
        const query = { ...PERIOD, ...filters };
        const reply = await byPair(query);
        const views = [
          ...reply.current.pairs.map((p, i) => ({
            pair: p.pair,
            current: p,
            previous: reply.previous?.pairs[i],
          })),
          ...reply.current.regions.map((r, i) => ({
            pair: `${r.kz}~RU`,
            current: r,
            previous: reply.previous?.regions[i],
          })),
          {
            pair: 'KZ~RU',
            current: reply.current.country,
            previous: reply.previous?.country,
          },
        ];
        for (const view of views) {
          const expected = await totals({ ...query, pair: view.pair });
          const label = `${view.pair} ${JSON.stringify(filters)}`;
          expect(flowsOf(view.current), label).toEqual(
            flowsOf(expected.current),
          );
          expect(flowsOf(view.previous), label).toEqual(
            flowsOf(expected.previous ?? undefined),
          );
        }
        if (filters['flow'] === 'export') {
          expect(reply.current.country.imports).toBe(0);
        }
        expect(reply.previous === null).toBe(filters['compare'] !== 'prev');
      },
    );

    test('ignores a pair, like any parameter a route does not take', async () => {
      const plain = await byPair(PERIOD);
      for (const pair of [FORUM.pair, 'KZ-75~RU-MOW', 'not-a-pair']) {
        expect(await byPair({ ...PERIOD, pair })).toEqual(plain);
      }
    });

    test.each<{ param: string; query: Record<string, string> }>([
      { param: 'from', query: { from: '2023-09', to: '2023-01' } },
      { param: 'from', query: { ...PERIOD, from: '2023-13' } },
      { param: 'to', query: { from: '2023-01' } },
      { param: 'sectors', query: { ...PERIOD, sectors: 'XV,XXII' } },
      { param: 'chapters', query: { ...PERIOD, chapters: '76,77' } },
      { param: 'flow', query: { ...PERIOD, flow: 'both' } },
      { param: 'compare', query: { ...PERIOD, compare: 'yes' } },
    ])(
      '400 invalid_query naming $param for $query',
      async ({ param, query }) => {
        const { status, error } = await failure('/api/trade/by-pair', query);
        expect(status).toBe(400);
        expect(error.code).toBe('invalid_query');
        expect(error.message.startsWith(`${param}:`)).toBe(true);
      },
    );
  });
}
