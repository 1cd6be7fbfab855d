import type { Mapping, RawTable } from '@/import/types';
import { cellText } from './text';

/** The spreadsheet letter of a column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = Math.max(0, Math.floor(column));
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/**
 * How problems name a column: its header text (spaces collapsed), or its
 * letter (A, B, …, AA) when the header cell is empty or there is no header.
 */
export function columnLabel(
  table: RawTable,
  mapping: Mapping,
  column: number,
): string {
  const header = table.rows[mapping.headerRow];
  const text = header ? cellText(header[column] ?? null) : '';
  return text === '' ? columnLetter(column) : text.replace(/\s+/g, ' ');
}
