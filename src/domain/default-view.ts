import type { Month, PairId } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';
import { cubeByCell } from './cube-aggregate';
import { selectionFor, type Cube } from './cube';
import { lastTwelveMonths } from './months';

/** A view to open when the product's own default is not in the data. */
export type DefaultView = { pair: PairId; from: Month; to: Month };

/**
 * The latest complete period the data covers: its latest whole calendar
 * year, or, when it covers none, its last twelve months (all of them, when
 * fewer).
 */
export function latestCompletePeriod(coverage: { from: Month; to: Month }): {
  from: Month;
  to: Month;
} {
  const lastYear = coverage.to.endsWith('-12')
    ? Number(coverage.to.slice(0, 4))
    : Number(coverage.to.slice(0, 4)) - 1;
  const from = `${String(lastYear)}-01`;
  const to = `${String(lastYear)}-12`;
  if (from >= coverage.from && to <= coverage.to) return { from, to };
  return lastTwelveMonths(coverage);
}

/**
 * The border pair with the largest turnover over the whole cube (the first
 * in border order on a tie, or when nothing is traded), and its latest
 * complete period: what a dataset opens on when the product's default view
 * is not in it.
 */
export function defaultViewOf(
  cube: Cube,
  regions: RegionsResponse,
): DefaultView | null {
  const first = cube.months[0];
  const last = cube.months.at(-1);
  const [firstPair] = regions.pairs;
  if (!first || !last || !firstPair) return null;
  const cells = cubeByCell(
    cube,
    selectionFor(cube, { pair: 'KZ~RU', from: first, to: last }),
  );
  let best = firstPair.id;
  let most = 0;
  for (const pair of regions.pairs) {
    const row = cube.rows.indexOf(pair.kz);
    const column = cube.columns.indexOf(pair.ru);
    const turnover = cells
      .filter((c) => c.row === row && c.column === column)
      .reduce((sum, c) => sum + c.exports + c.imports, 0);
    if (turnover > most) {
      most = turnover;
      best = pair.id;
    }
  }
  return { pair: best, ...latestCompletePeriod({ from: first, to: last }) };
}
