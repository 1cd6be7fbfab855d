// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import { CHAPTER_IDS, CHAPTER_SECTION } from '@/api/schemas/sectors';
import type { TradeQuery } from '@/api/schemas/trade';
import { shiftMonth } from '@/domain/months';
import { joinPair } from '@/domain/sides';
import { regionsResponse } from '@/service/catalog/data/regions';
import { COVERAGE } from './generate';
import { demoDataset } from './dataset';

const dataset = demoDataset();

/** Every view the service answers: border pairs, a region with the whole other country, KZ~RU. */
const VIEWS = [
  ...regionsResponse.pairs.map((p) => joinPair(p.kz, p.ru)),
  ...regionsResponse.regions
    .filter((r) => r.kind === 'region')
    .map((r) => (r.code.startsWith('KZ') ? `${r.code}~RU` : `KZ~${r.code}`)),
  'KZ~RU',
];

const MONTHS = (() => {
  const months: string[] = [];
  for (let m: string = COVERAGE.from; m <= COVERAGE.to; m = shiftMonth(m, 1))
    months.push(m);
  return months;
})();

const view = fc
  .record({
    pair: fc.constantFrom(...VIEWS),
    a: fc.constantFrom(...MONTHS),
    length: fc.integer({ min: 0, max: 23 }),
    flow: fc.constantFrom(undefined, 'export' as const, 'import' as const),
    sectors: fc.subarray([...SECTOR_IDS], { maxLength: 4 }),
    chapters: fc.subarray([...CHAPTER_IDS], { maxLength: 6 }),
  })
  .map(({ a, length, flow, sectors, chapters, pair }): TradeQuery => {
    const last = MONTHS[MONTHS.length - 1] ?? a;
    const to = shiftMonth(a, length) > last ? last : shiftMonth(a, length);
    return {
      pair,
      from: a,
      to,
      ...(flow ? { flow } : {}),
      ...(sectors.length > 0 ? { sectors } : {}),
      ...(chapters.length > 0 ? { chapters } : {}),
    };
  });

describe('demo dataset: sections, chapters and totals agree for any view', () => {
  test('each section is the sum of its chapters, and the chapters sum to the KPIs', async () => {
    await fc.assert(
      fc.asyncProperty(view, async (query) => {
        const [bySector, totals] = await Promise.all([
          dataset.bySector(query),
          dataset.totals(query),
        ]);
        // The dataset always sums chapters; the service drops them unless asked.
        const chapters = bySector.chapters ?? [];
        expect(bySector.chapters).not.toBeNull();
        for (const section of bySector.sectors) {
          const own = chapters.filter(
            (c) => CHAPTER_SECTION[c.chapter] === section.sector,
          );
          expect(own.length).toBeGreaterThan(0);
          expect(section.exports).toBe(
            own.reduce((sum, c) => sum + c.exports, 0),
          );
          expect(section.imports).toBe(
            own.reduce((sum, c) => sum + c.imports, 0),
          );
        }
        // No chapter outside the listed sections.
        const listed = new Set(bySector.sectors.map((s) => s.sector));
        for (const c of chapters)
          expect(listed.has(CHAPTER_SECTION[c.chapter])).toBe(true);
        expect(chapters.reduce((sum, c) => sum + c.exports, 0)).toBe(
          totals.exports,
        );
        expect(chapters.reduce((sum, c) => sum + c.imports, 0)).toBe(
          totals.imports,
        );
        // The goods asked for, and only they, are summed.
        const wanted = (id: (typeof CHAPTER_IDS)[number]) =>
          (!query.sectors && !query.chapters) ||
          (query.sectors ?? []).includes(CHAPTER_SECTION[id]) ||
          (query.chapters ?? []).includes(id);
        for (const c of chapters) expect(wanted(c.chapter)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
