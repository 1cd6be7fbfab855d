import type { PairId, Usd } from '@/api/schemas/common';
import type { CooperationResponse } from '@/api/schemas/cooperation';
import type { DatasetMeta } from '@/api/schemas/meta';
import type { RegionsResponse } from '@/api/schemas/regions';
import type { SectorsResponse } from '@/api/schemas/sectors';
import type {
  BorderQuery,
  PeriodByPair,
  PeriodTotals,
  TradeQuery,
} from '@/api/schemas/trade';
import { selectionFor, type Cube } from '@/domain/cube';
import {
  cubeByCell,
  cubeBySectorAndChapter,
  cubeCellCount,
  cubeMonthly,
  cubeRecords,
  sumCells,
  type CellSums,
} from '@/domain/cube-aggregate';
import type { Dataset } from './dataset';

export type MemoryDatasetInput = {
  cube: Cube;
  meta: DatasetMeta;
  regions: RegionsResponse;
  sectors: SectorsResponse;
  cooperation: (pair: PairId) => CooperationResponse;
};

/**
 * A dataset held in memory as one cube: the demo data, the tests' data, and
 * an analyst's imported file all answer through this.
 */
export function createMemoryDataset(input: MemoryDatasetInput): Dataset {
  const { cube } = input;
  const totals = (query: TradeQuery): PeriodTotals => {
    const { points, provenance } = cubeMonthly(cube, selectionFor(cube, query));
    let exports = 0;
    let imports = 0;
    for (const point of points) {
      exports += point.export ?? 0;
      imports += point.import ?? 0;
    }
    return {
      from: query.from,
      to: query.to,
      exports: exports as Usd,
      imports: imports as Usd,
      turnover: (exports + imports) as Usd,
      balance: exports - imports,
      provenance,
    };
  };
  const flows = (cells: readonly CellSums[]) => {
    const { exports, imports, provenance } = sumCells(cube, cells);
    return { exports: exports as Usd, imports: imports as Usd, provenance };
  };
  // One scan of every row × column; each level is a fold of its cells.
  const byPair = (query: BorderQuery): PeriodByPair => {
    const cells = cubeByCell(
      cube,
      selectionFor(cube, { ...query, pair: 'KZ~RU' }),
    );
    const { pairs } = input.regions;
    const kzRegions = [...new Set(pairs.map((p) => p.kz))];
    // A code the cube lacks (index -1) matches no cell: zero, nothing summed, as in totals.
    const rowOf = (kz: string) => cube.rows.indexOf(kz);
    return {
      from: query.from,
      to: query.to,
      pairs: pairs.map((p) => {
        const row = rowOf(p.kz);
        const column = cube.columns.indexOf(p.ru);
        return {
          pair: p.id,
          kz: p.kz,
          ru: p.ru,
          ...flows(cells.filter((c) => c.row === row && c.column === column)),
        };
      }),
      regions: kzRegions.map((kz) => {
        const row = rowOf(kz);
        return { kz, ...flows(cells.filter((c) => c.row === row)) };
      }),
      country: flows(cells),
    };
  };
  return {
    meta: () => Promise.resolve(input.meta),
    regions: () => Promise.resolve(input.regions),
    sectors: () => Promise.resolve(input.sectors),
    cooperation: (pair) => Promise.resolve(input.cooperation(pair)),
    totals: (query) => Promise.resolve(totals(query)),
    monthly: (query) =>
      Promise.resolve({
        from: query.from,
        to: query.to,
        ...cubeMonthly(cube, selectionFor(cube, query)),
      }),
    bySector: (query) =>
      Promise.resolve({
        from: query.from,
        to: query.to,
        ...cubeBySectorAndChapter(cube, selectionFor(cube, query)),
      }),
    byPair: (query) => Promise.resolve(byPair(query)),
    records: (query, page) => {
      const selection = selectionFor(cube, query);
      return Promise.resolve({
        records: cubeRecords(cube, selection, page.offset, page.limit),
        total: cubeCellCount(cube, selection),
        offset: page.offset,
        limit: page.limit,
      });
    },
  };
}
