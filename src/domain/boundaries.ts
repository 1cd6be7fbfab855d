import type { Month, PairId } from '@/api/schemas/common';
import type { Region } from '@/api/schemas/regions';
import { splitPair } from './sides';

/**
 * A boundary change that a view's figures straddle, to be said beside them.
 * `formed`: the Kazakh side did not exist before `since`, so earlier months
 * are absent. `split`: on `since` the Kazakh side lost the territory of
 * `part`, so figures before it cover the larger, older region.
 */
export type BoundaryNote =
  | { kind: 'formed'; region: string; since: string; parent: string | null }
  | { kind: 'split'; region: string; part: string; since: string };

/**
 * The boundary notes of a view: none for a whole country (its total does not
 * change when regions are redrawn), one per change that falls inside or
 * after the start of the period for a region. Months compare as `YYYY-MM`.
 */
export function boundaryNotes(
  pair: PairId,
  range: { from: Month; to: Month },
  regions: readonly Pick<Region, 'code' | 'validFrom' | 'formedFrom'>[],
): BoundaryNote[] {
  const { kz } = splitPair(pair);
  const notes: BoundaryNote[] = [];
  for (const region of regions) {
    if (!region.validFrom) continue;
    const firstMonth = region.validFrom.slice(0, 7);
    if (range.from >= firstMonth) continue;
    if (region.code === kz)
      notes.push({
        kind: 'formed',
        region: kz,
        since: region.validFrom,
        parent: region.formedFrom,
      });
    else if (region.formedFrom === kz)
      notes.push({
        kind: 'split',
        region: kz,
        part: region.code,
        since: region.validFrom,
      });
  }
  return notes;
}
