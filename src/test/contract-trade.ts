import { describe, expect, test } from 'vitest';
import { regionsResponseSchema } from '@/api/schemas/regions';
import { sectorsResponseSchema } from '@/api/schemas/sectors';
import {
  tradeBySectorResponseSchema,
  tradeMonthlyResponseSchema,
  tradeTotalsResponseSchema,
} from '@/api/schemas/trade';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import { contractClient, FORUM, type ContractGet } from './contract-client';

/** The trade aggregates part of the contract suite (see contract-suite.ts). */
export function tradeContract(name: string, get: () => ContractGet): void {
  const { ok } = contractClient(get);
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

    test('by-sector chapter rows are in chapter order and sum to their sections and to the totals', async () => {
      const catalog = sectorsResponseSchema.parse(await ok('/api/sectors'));
      const sectionOf = new Map(catalog.chapters.map((c) => [c.id, c.section]));
      const queries: Record<string, string>[] = [
        { pair: 'KZ-63~RU-ALT', from: '2023-01', to: '2023-08' },
        { pair: 'KZ-15~RU', from: '2019-01', to: '2019-12' },
        { pair: 'KZ~RU', from: '2022-01', to: '2022-12', flow: 'import' },
      ];
      const withChapters = (query: Record<string, string>) => ({
        ...query,
        detail: 'chapters',
      });
      for (const query of queries) {
        const bySector = tradeBySectorResponseSchema.parse(
          await ok('/api/trade/by-sector', withChapters(query)),
        );
        const totals = tradeTotalsResponseSchema.parse(
          await ok('/api/trade/totals', query),
        );
        const { sectors } = bySector.current;
        const chapters = bySector.current.chapters ?? [];
        expect(chapters.map((c) => c.chapter)).toEqual(
          catalog.chapters.map((c) => c.id),
        );
        const folded = catalog.sectors.map((s) => {
          const own = chapters.filter((c) => sectionOf.get(c.chapter) === s.id);
          return {
            sector: s.id,
            exports: own.reduce((sum, c) => sum + c.exports, 0),
            imports: own.reduce((sum, c) => sum + c.imports, 0),
          };
        });
        expect(sectors).toEqual(folded);
        expect([
          chapters.reduce((sum, c) => sum + c.exports, 0),
          chapters.reduce((sum, c) => sum + c.imports, 0),
        ]).toEqual([totals.current.exports, totals.current.imports]);
      }
    });

    test('chapters filter the cells; with sections they add up to the union', async () => {
      const catalog = sectorsResponseSchema.parse(await ok('/api/sectors'));
      const chapterOf = async (extra: Record<string, string>) =>
        tradeBySectorResponseSchema.parse(
          await ok('/api/trade/by-sector', {
            ...FORUM,
            ...extra,
            detail: 'chapters',
          }),
        ).current;
      const turnover = async (extra: Record<string, string>) =>
        tradeTotalsResponseSchema.parse(
          await ok('/api/trade/totals', { ...FORUM, ...extra }),
        ).current.turnover;
      const all = await chapterOf({});
      const flows = (id: string) => {
        const row = all.chapters?.find((c) => c.chapter === id);
        return (row?.exports ?? 0) + (row?.imports ?? 0);
      };
      const two = await chapterOf({ chapters: '84,76' });
      expect(two.chapters?.map((c) => c.chapter)).toEqual(['76', '84']);
      expect(two.sectors.map((s) => s.sector)).toEqual(['XV', 'XVI']);
      expect(await turnover({ chapters: '84,76' })).toBe(
        flows('76') + flows('84'),
      );
      const v = catalog.chapters
        .filter((c) => c.section === 'V')
        .map((c) => c.id);
      const union = await chapterOf({ sectors: 'V', chapters: '84,26' });
      expect(union.chapters?.map((c) => c.chapter)).toEqual([...v, '84']);
      expect(await turnover({ sectors: 'V', chapters: '84,26' })).toBe(
        [...v, '84'].reduce((sum, id) => sum + flows(id), 0),
      );
      expect(await turnover({ chapters: '' })).toBe(await turnover({}));
    });

    test('by-sector lists no chapter unless asked, so a view downloads none it does not show', async () => {
      const plain = tradeBySectorResponseSchema.parse(
        await ok('/api/trade/by-sector', { ...FORUM, compare: 'prev' }),
      );
      expect(plain.current.chapters).toBeNull();
      expect(plain.previous?.chapters).toBeNull();
      expect(plain.current.sectors).toHaveLength(21);
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
}
