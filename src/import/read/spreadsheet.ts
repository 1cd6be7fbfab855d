import * as XLSX from '@e965/xlsx';
import type { Problem, RawCell } from '../types';
import { empty, reasonOf, unreadable } from './problems';
import { dropTrailingEmptyRows, isEmptyRow } from './rows';

export type SpreadsheetResult =
  | { ok: true; sheets: string[]; sheet: string; rows: RawCell[][] }
  | { ok: false; problem: Problem };

/** A damaged file may claim cells far away; past this many cells a sheet is refused. */
const CELL_LIMIT = 20_000_000;

type Extent = { rows: number; columns: number };

function hasValue(cell: XLSX.CellObject | undefined): boolean {
  return (
    cell !== undefined &&
    cell.t !== 'z' &&
    cell.t !== 'e' &&
    cell.v !== undefined &&
    cell.v !== ''
  );
}

/**
 * The rows and columns actually used, from A1: the sheet's own range may
 * start past A (a leading empty column) or claim more than it holds.
 */
function extentOf(ws: XLSX.WorkSheet): Extent {
  const data = ws['!data'];
  if (!data) {
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
    return { rows: range.e.r + 1, columns: range.e.c + 1 };
  }
  let rows = 0;
  let columns = 0;
  data.forEach((row, r) => {
    // forEach skips the holes of sparse arrays.
    let last = -1;
    row.forEach((cell, c) => {
      if (hasValue(cell)) last = c;
    });
    if (last >= 0) {
      rows = r + 1;
      columns = Math.max(columns, last + 1);
    }
  });
  return { rows, columns };
}

function isoDate(date: Date): string | null {
  // Excel stores days as fractions; a float error must not move midnight back a day.
  const time = Math.round(date.getTime() / 1000) * 1000;
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().slice(0, 10);
}

function cellOf(value: unknown): RawCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  return null;
}

function rowsOf(ws: XLSX.WorkSheet, extent: Extent): RawCell[][] {
  const raw = XLSX.utils.sheet_to_json<unknown[]>(ws, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
    UTC: true,
    // From A1, so that `rows[i][j]` is the cell in row i + 1, column j + 1.
    range: {
      s: { r: 0, c: 0 },
      e: { r: extent.rows - 1, c: extent.columns - 1 },
    },
  });
  // An empty row is `[]` whether or not the file stored it, as in text files.
  return dropTrailingEmptyRows(
    raw.map((row) => {
      const cells = Array.from({ length: row.length }, (_, c) =>
        cellOf(row[c]),
      );
      return isEmptyRow(cells) ? [] : cells;
    }),
  );
}

/**
 * Returns the rows of an XLSX or XLS file's sheet (`sheet`, or else the first
 * with data) and all sheet names: numbers stay numbers, text stays text,
 * dates become `YYYY-MM-DD`, booleans `TRUE`/`FALSE`, empty cells null,
 * empty rows `[]`, every row aligned to row 1 and column A. A file SheetJS
 * cannot read is `unreadable`; a workbook with no data is `empty`.
 */
export function readSpreadsheet(
  bytes: Uint8Array,
  sheet?: string,
): SpreadsheetResult {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', cellDates: true, dense: true });
  } catch (error) {
    return { ok: false, problem: unreadable(reasonOf(error)) };
  }
  const sheets = [...wb.SheetNames];
  const names = sheet === undefined ? sheets : [sheet];
  if (sheet !== undefined && !sheets.includes(sheet))
    return {
      ok: false,
      problem: unreadable(`no sheet named "${sheet}"`),
    };
  for (const name of names) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const extent = extentOf(ws);
    if (extent.rows * extent.columns > CELL_LIMIT)
      return { ok: false, problem: unreadable(`sheet "${name}" is too large`) };
    if (extent.rows === 0 || extent.columns === 0) {
      if (sheet !== undefined) return { ok: false, problem: empty() };
      continue;
    }
    return { ok: true, sheets, sheet: name, rows: rowsOf(ws, extent) };
  }
  return { ok: false, problem: empty() };
}
