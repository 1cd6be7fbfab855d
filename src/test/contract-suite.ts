import { describe, expect, test } from 'vitest';
import { apiErrorBodySchema } from '@/api/schemas/common';
import { cooperationResponseSchema } from '@/api/schemas/cooperation';
import { datasetMetaSchema } from '@/api/schemas/meta';
import { regionsResponseSchema } from '@/api/schemas/regions';
import { sectorsResponseSchema } from '@/api/schemas/sectors';
import {
  RECORDS_PAGE_MAX,
  tradeBySectorResponseSchema,
  tradeMonthlyResponseSchema,
  tradeRecordsResponseSchema,
  tradeTotalsResponseSchema,
} from '@/api/schemas/trade';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';

/** GETs a path with a query from the backend under test: status and parsed JSON. */
export type ContractGet = (
  path: string,
  query?: Record<string, string>,
) => Promise<{ status: number; body: unknown }>;

const FORUM = { pair: 'KZ-63~RU-ALT', from: '2023-01', to: '2023-08' };

/**
 * The HTTP contract as one suite, run against every way the service is
 * served: through MSW in the unit project, and over node:http (the e2e stub
 * backend) in the e2e project. `origin` only names the run.
 */
export function contractSuite(name: string, get: () => ContractGet): void {
  const ok = async (path: string, query: Record<string, string> = {}) => {
    const { status, body } = await get()(path, query);
    expect(status, `${path} ${JSON.stringify(query)}`).toBe(200);
    return body;
  };
  const failure = async (path: string, query: Record<string, string>) => {
    const { status, body } = await get()(path, query);
    return { status, error: apiErrorBodySchema.parse(body).error };
  };

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

    test('GET /api/sectors serves the 21 sections, Kazakh names marked unofficial', async () => {
      const sectors = sectorsResponseSchema.parse(await ok('/api/sectors'));
      expect(sectors.sectors).toHaveLength(21);
      expect(sectors.sectors.every((s) => s.kkUnofficial)).toBe(true);
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

  describe(`contract (${name}): trade aggregates`, () => {
    test('totals reproduce the forum figure, with the year before on request', async () => {
      const totals = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', { ...FORUM, compare: 'prev' }),
      );
      expect(totals.current.turnover).toBe(927_000_000);
      expect(totals.current.exports + totals.current.imports).toBe(927_000_000);
      expect(totals.current.provenance.missingCells).toBe(0);
      expect(totals.current.provenance.calibrations).toContain('R01');
      expect([totals.previous?.from, totals.previous?.to]).toEqual([
        '2022-01',
        '2022-08',
      ]);
      const without = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', FORUM),
      );
      expect(without.previous).toBeNull();
    });

    test.each(REPORTED_FIGURES.map((f) => [f.id, f] as const))(
      'totals reproduce reported figure %s exactly at its level, period and flow',
      async (_, figure) => {
        const totals = tradeTotalsResponseSchema.parse(
          await ok('/api/trade/totals', {
            pair: `${figure.kz}~${figure.ru}`,
            from: figure.from,
            to: figure.to,
          }),
        );
        const value = {
          turnover: totals.current.turnover,
          export: totals.current.exports,
          import: totals.current.imports,
        }[figure.flow];
        expect(value).toBe(figure.valueUsd);
      },
    );

    test('monthly gives every month once and sums to the totals, comparison included', async () => {
      const query = { ...FORUM, compare: 'prev' };
      const monthly = tradeMonthlyResponseSchema.parse(
        await ok('/api/trade/monthly', query),
      );
      const totals = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', query),
      );
      expect(monthly.current.points.map((p) => p.month)).toEqual([
        '2023-01',
        '2023-02',
        '2023-03',
        '2023-04',
        '2023-05',
        '2023-06',
        '2023-07',
        '2023-08',
      ]);
      const sum = (points: typeof monthly.current.points) =>
        points.reduce((s, p) => s + (p.export ?? 0) + (p.import ?? 0), 0);
      expect(sum(monthly.current.points)).toBe(totals.current.turnover);
      expect(sum(monthly.previous?.points ?? [])).toBe(
        totals.previous?.turnover,
      );
    });

    test('by-sector lists sections in order and sums to the totals at every level', async () => {
      for (const pair of ['KZ-15~RU', 'KZ~RU-OMS', 'KZ~RU']) {
        const query = { pair, from: '2019-01', to: '2019-12' };
        const bySector = tradeBySectorResponseSchema.parse(
          await ok('/api/trade/by-sector', query),
        );
        const totals = tradeTotalsResponseSchema.parse(
          await ok('/api/trade/totals', query),
        );
        expect(bySector.current.sectors).toHaveLength(21);
        const exports = bySector.current.sectors.reduce(
          (s, r) => s + r.exports,
          0,
        );
        const imports = bySector.current.sectors.reduce(
          (s, r) => s + r.imports,
          0,
        );
        expect([exports, imports]).toEqual([
          totals.current.exports,
          totals.current.imports,
        ]);
      }
    });

    test('a region with the whole other country is the sum of its row, the countries of all cells', async () => {
      const total = async (pair: string) =>
        tradeTotalsResponseSchema.parse(
          await ok('/api/trade/totals', {
            pair,
            from: '2024-01',
            to: '2024-12',
          }),
        ).current.turnover;
      const regions = regionsResponseSchema.parse(await ok('/api/regions'));
      const kzRegions = [...new Set(regions.pairs.map((p) => p.kz))];
      let rows = 0;
      for (const kz of kzRegions) rows += await total(`${kz}~RU`);
      // The rest of Kazakhstan is not a side of its own: the nation minus the border rows.
      expect(rows).toBeLessThan(await total('KZ~RU'));
      expect(await total('KZ-63~RU-ALT')).toBeLessThan(await total('KZ-63~RU'));
      expect(await total('KZ-63~RU-ALT')).toBeLessThan(
        await total('KZ~RU-ALT'),
      );
    });

    test('filters by flow and sections, and an empty sectors list means all', async () => {
      const all = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', FORUM),
      );
      const exportsOnly = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', { ...FORUM, flow: 'export' }),
      );
      expect(exportsOnly.current.imports).toBe(0);
      expect(exportsOnly.current.exports).toBe(all.current.exports);
      const empty = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', { ...FORUM, sectors: '' }),
      );
      expect(empty.current.turnover).toBe(all.current.turnover);
      const two = tradeBySectorResponseSchema.parse(
        await ok('/api/trade/by-sector', { ...FORUM, sectors: 'XV,XVI' }),
      );
      expect(two.current.sectors.map((s) => s.sector)).toEqual(['XV', 'XVI']);
    });

    test('Abai region has no cells before June 2022: absent, not missing, not zero', async () => {
      const monthly = tradeMonthlyResponseSchema.parse(
        await ok('/api/trade/monthly', {
          pair: 'KZ-10~RU-ALT',
          from: '2022-04',
          to: '2022-07',
        }),
      );
      expect(monthly.current.points.map((p) => p.export === null)).toEqual([
        true,
        true,
        false,
        false,
      ]);
      const before = tradeTotalsResponseSchema.parse(
        await ok('/api/trade/totals', {
          pair: 'KZ-10~RU-ALT',
          from: '2021-01',
          to: '2022-05',
        }),
      );
      expect(before.current.provenance).toMatchObject({
        reportedCells: 0,
        missingCells: 0,
      });
    });
  });

  describe(`contract (${name}): records`, () => {
    test('pages the cells behind a view with a total count, the pages adding up to the totals', async () => {
      const query = { pair: 'KZ-63~RU', from: '2023-01', to: '2023-02' };
      const first = tradeRecordsResponseSchema.parse(
        await ok('/api/trade/records', { ...query, limit: '300' }),
      );
      // One Kazakh row × 13 Russian columns (the rest of Russia included) × 2 months × 2 flows × 21 sections.
      expect(first.total).toBe(13 * 2 * 2 * 21);
      expect(first.records).toHaveLength(300);
      const second = tradeRecordsResponseSchema.parse(
        await ok('/api/trade/records', {
          ...query,
          offset: '300',
          limit: '5000',
        }),
      );
      expect(second.records).toHaveLength(first.total - 300);
      expect(
        new Set([...first.records, ...second.records].map((r) => r.ru)),
      ).toContain('RU-OTHER');
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
