import type { RawCell } from '../types';

/** Returns whether a row has no cell with a value. */
export function isEmptyRow(row: readonly RawCell[]): boolean {
  return row.every((cell) => cell === null);
}

/**
 * Returns the rows without the empty rows at the end (the array is shortened
 * in place and returned): spreadsheets and exporters often leave formatted
 * but empty rows, and a final newline is not a row.
 */
export function dropTrailingEmptyRows(rows: RawCell[][]): RawCell[][] {
  let end = rows.length;
  while (end > 0 && isEmptyRow(rows[end - 1] ?? [])) end -= 1;
  rows.length = end;
  return rows;
}
