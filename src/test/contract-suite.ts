import { describe, expect, test } from 'vitest';
import { cooperationResponseSchema } from '@/api/schemas/cooperation';
import { datasetMetaSchema } from '@/api/schemas/meta';
import { regionsResponseSchema } from '@/api/schemas/regions';
import { sectorsResponseSchema } from '@/api/schemas/sectors';
import {
  RECORDS_PAGE_MAX,
  tradeRecordsResponseSchema,
  tradeTotalsResponseSchema,
} from '@/api/schemas/trade';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import { contractClient, FORUM, type ContractGet } from './contract-client';
import { byPairContract } from './contract-by-pair';
import { tradeContract } from './contract-trade';

/**
 * The HTTP contract as one suite, run against every way the service is
 * served: through MSW in the unit project, and over node:http (the e2e stub
 * backend) in the e2e project. `origin` only names the run.
 */

export function contractSuite(name: string, get: () => ContractGet): void {
  const { ok, failure } = contractClient(get);

  describe(`contract (${name}): each endpoint replies in the shape of its schema`, () => {
    test('GET /api/regions lists the 19 border pairs and names every code a view or record uses', async () => {
      const regions = regionsResponseSchema.parse(await ok('/api/regions'));
      expect(regions.pairs).toHaveLength(19);
      const kinds = regions.regions.map((r) => r.kind);
      expect(kinds.filter((k) => k === 'region')).toHaveLength(20);
      expect(
        regions.regions
          .filter((r) => r.kind !== 'region')
          .map((r) => r.code)
          .sort(),
      ).toEqual(['KZ', 'KZ-OTHER', 'RU', 'RU-OTHER']);
    });

    test('GET /api/sectors serves the 21 sections and 96 chapters, Kazakh names marked unofficial', async () => {
      const sectors = sectorsResponseSchema.parse(await ok('/api/sectors'));
      expect(sectors.sectors).toHaveLength(21);
      expect(sectors.sectors.every((s) => s.kkUnofficial)).toBe(true);
      expect(sectors.chapters).toHaveLength(96);
      expect(sectors.chapters.every((c) => c.kkUnofficial)).toBe(true);
    });

    test('GET /api/meta covers 2017-01 to 2025-12 and lists every reported figure', async () => {
      const meta = datasetMetaSchema.parse(await ok('/api/meta'));
      expect(meta.coverage).toEqual({ from: '2017-01', to: '2025-12' });
      expect(meta.reportedFigures.map((f) => f.id)).toEqual(
        REPORTED_FIGURES.map((f) => f.id),
      );
    });

    test('GET /api/cooperation serves seven areas for a pair and for a level view', async () => {
      for (const pair of ['KZ-63~RU-ALT', 'KZ~RU']) {
        const cooperation = cooperationResponseSchema.parse(
          await ok('/api/cooperation', { pair }),
        );
        expect(cooperation.pair).toBe(pair);
        expect(cooperation.areas).toHaveLength(7);
      }
    });
  });

  tradeContract(name, get);
  byPairContract(name, get);

  describe(`contract (${name}): records`, () => {
    test('pages the cells behind a view with a total count, the pages adding up to the totals', async () => {
      const query = { pair: 'KZ-63~RU', from: '2023-01', to: '2023-02' };
      const first = tradeRecordsResponseSchema.parse(
        await ok('/api/trade/records', { ...query, limit: '300' }),
      );
      // One Kazakh row × 13 Russian columns (the rest of Russia included) × 2 months × 2 flows × 96 chapters.
      expect(first.total).toBe(13 * 2 * 2 * 96);
      expect(first.records).toHaveLength(300);
      const second = tradeRecordsResponseSchema.parse(
        await ok('/api/trade/records', {
          ...query,
          offset: '300',
          limit: '5000',
        }),
      );
      expect(second.records).toHaveLength(first.total - 300);
      const records = [...first.records, ...second.records];
      expect(new Set(records.map((r) => r.ru))).toContain('RU-OTHER');
      expect(
        new Set(records.map((r) => `${r.ru} ${r.month} ${r.flow} ${r.chapter}`))
          .size,
      ).toBe(first.total);
      const catalog = sectorsResponseSchema.parse(await ok('/api/sectors'));
      const sections = new Map(catalog.chapters.map((c) => [c.id, c.section]));
      expect(
        records.filter((r) => sections.get(r.chapter) !== r.sector),
      ).toEqual([]);
      const sum = [...first.records, ...second.records].reduce(
        (s, r) => s + (r.valueUsd ?? 0),
        0,
      );
      const totals = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', query),
      );
      expect(sum).toBe(totals.current.turnover);
    });

    test.each<Record<string, string>>([
      { limit: '0' },
      { limit: String(RECORDS_PAGE_MAX + 1) },
      { offset: '-1' },
      { limit: 'many' },
    ])('400 invalid_query for the page %o', async (page) => {
      const { status, error } = await failure('/api/trade/records', {
        ...FORUM,
        ...page,
      });
      expect(status).toBe(400);
      expect(error.code).toBe('invalid_query');
    });
  });

  describe(`contract (${name}): errors`, () => {
    test.each([
      { param: 'pair', query: { from: '2023-01', to: '2023-08' } },
      { param: 'pair', query: { ...FORUM, pair: 'KZ-63-RU-ALT' } },
      { param: 'from', query: { ...FORUM, from: '2023-13' } },
      { param: 'to', query: { ...FORUM, to: '2023' } },
      { param: 'from', query: { ...FORUM, from: '2023-09', to: '2023-01' } },
      { param: 'sectors', query: { ...FORUM, sectors: 'XV,XXII' } },
      { param: 'chapters', query: { ...FORUM, chapters: '76,77' } },
      { param: 'flow', query: { ...FORUM, flow: 'both' } },
      { param: 'compare', query: { ...FORUM, compare: 'yes' } },
    ])(
      '400 invalid_query naming $param for $query',
      async ({ param, query }) => {
        for (const path of [
          '/api/trade/totals',
          '/api/trade/monthly',
          '/api/trade/by-sector',
        ]) {
          const { status, error } = await failure(path, query);
          expect(status).toBe(400);
          expect(error.code).toBe('invalid_query');
          expect(error.message.startsWith(`${param}:`)).toBe(true);
        }
      },
    );

    test.each(['KZ-75~RU-MOW', 'KZ-63~RU-OMS', 'KZ~RU-MOW'])(
      '404 unknown_pair for %s, which is not a view',
      async (pair) => {
        for (const path of ['/api/trade/totals', '/api/cooperation']) {
          const { status, error } = await failure(path, { ...FORUM, pair });
          expect(status).toBe(404);
          expect(error.code).toBe('unknown_pair');
          expect(error.message).toContain(pair);
        }
      },
    );

    test('404 not_found for a path the contract does not have', async () => {
      const { status, error } = await failure('/api/trade', FORUM);
      expect(status).toBe(404);
      expect(error.code).toBe('not_found');
    });
  });
}
