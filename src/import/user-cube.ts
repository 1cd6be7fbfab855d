import type { Month } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';
import { CHAPTER_IDS, CHAPTER_SECTION } from '@/api/schemas/sectors';
import { atomIndex, type Cube, emptyCube } from '@/domain/cube';
import { monthsInRange, shiftMonth } from '@/domain/months';
import type { PackedRecords } from './packed';

/** The matrix axes of a catalogue: border regions, then the rest of the country. */
function axis(regions: RegionsResponse['regions'], country: 'KZ' | 'RU') {
  return [
    ...regions.filter((r) => r.country === country && r.kind === 'region'),
    ...regions.filter((r) => r.country === country && r.kind === 'rest'),
  ].map((r) => r.code);
}

/** The first and last month the records cover, or null when there are none. */
export function packedCoverage(
  packed: PackedRecords,
): { from: Month; to: Month } | null {
  if (packed.count === 0) return null;
  let last = 0;
  for (let i = 0; i < packed.count; i += 1)
    last = Math.max(last, packed.month[i] ?? 0);
  return { from: packed.firstMonth, to: shiftMonth(packed.firstMonth, last) };
}

/**
 * The trade matrix of imported records, on the catalogue's rows and columns
 * and the months the records cover. A (row, column, month, flow) the file
 * speaks of at all has its other chapters at zero, because a statistics
 * table lists the goods that were traded; one it never speaks of stays not
 * reported (NaN): the file does not cover it, which is not zero. Marked
 * values (`x`, `-`, `…`) stay NaN.
 */
export function userCube(
  packed: PackedRecords,
  regions: RegionsResponse['regions'],
): Cube {
  const coverage = packedCoverage(packed) ?? { from: '2000-01', to: '2000-01' };
  const cube = emptyCube({
    rows: axis(regions, 'KZ'),
    columns: axis(regions, 'RU'),
    months: monthsInRange(coverage.from, coverage.to),
    chapters: CHAPTER_IDS,
    chapterSection: CHAPTER_IDS.map((id) => CHAPTER_SECTION[id]),
    calibrations: ['imported'],
    synthetic: false,
  });
  const rowOf = packed.sides.map((code) => cube.rows.indexOf(code));
  const columnOf = packed.sides.map((code) => cube.columns.indexOf(code));
  const chapters = CHAPTER_IDS.length;
  const spoken = new Uint8Array(cube.calibration.length);
  const atoms = new Int32Array(packed.count);
  for (let i = 0; i < packed.count; i += 1) {
    const row = rowOf[packed.kz[i] ?? 0] ?? -1;
    const column = columnOf[packed.ru[i] ?? 0] ?? -1;
    if (row < 0 || column < 0) {
      atoms[i] = -1;
      continue;
    }
    const atom = atomIndex(
      cube,
      row,
      column,
      packed.month[i] ?? 0,
      packed.flow[i] ?? 0,
    );
    atoms[i] = atom;
    if (spoken[atom] === 0) {
      spoken[atom] = 1;
      cube.values.fill(0, atom * chapters, (atom + 1) * chapters);
    }
  }
  for (let i = 0; i < packed.count; i += 1) {
    const atom = atoms[i] ?? -1;
    if (atom < 0) continue;
    cube.values[atom * chapters + (packed.chapter[i] ?? 0)] =
      packed.value[i] ?? Number.NaN;
  }
  return cube;
}
