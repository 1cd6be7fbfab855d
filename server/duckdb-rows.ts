import type { JS } from '@duckdb/node-api';

/**
 * Reading result rows of the DuckDB dataset (`getRowObjectsJS`): counts
 * come back as INTEGER (cast in SQL), sums as DOUBLE or NULL, codes as
 * VARCHAR, calibration lists as arrays of SMALLINT.
 */

export type Row = Record<string, JS>;

/** A number column; NULL (a sum of nothing reported) reads as 0. */
export function num(value: JS | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return 0;
}

export function str(value: JS | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** A provenance before it is named: what each group of a query adds up to. */
export type Counts = {
  reported: number;
  missing: number;
  calibrations: Set<number>;
};

export function emptyCounts(): Counts {
  return { reported: 0, missing: 0, calibrations: new Set() };
}

/** Adds a row's provenance columns to `counts`: groups are disjoint, so counts add. */
export function addCounts(counts: Counts, row: Row): Counts {
  counts.reported += num(row['reported']);
  counts.missing += num(row['missing']);
  const list = row['calibrations'];
  if (Array.isArray(list))
    for (const c of list) counts.calibrations.add(num(c));
  return counts;
}
