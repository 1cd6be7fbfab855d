import type { RawCell, ReadWarning } from '../types';

/** The file rows a warning lists at most. */
export const WARNING_ROW_LIMIT = 100;

/**
 * A `?` touching a Cyrillic letter: `Шы?ыс`, `?азақстан`, `?кмола`, `Та?`.
 * Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) do not exist in Windows-1251, and
 * exporting programs write `?` in their place.
 */
const LOST_LETTER = /[\u0400-\u04ff]\?|\?[\u0400-\u04ff]/;

function hasLostLetter(cell: RawCell): boolean {
  return (
    typeof cell === 'string' && cell.includes('?') && LOST_LETTER.test(cell)
  );
}

/**
 * Returns the warnings about the rows: `letters-lost` with the file's row
 * numbers (from 1, at most 100) whose text cells show a `?` in or at the
 * edge of a Cyrillic word; no warning when there is none.
 */
export function warningsOf(rows: readonly RawCell[][]): ReadWarning[] {
  const lost: number[] = [];
  for (let i = 0; i < rows.length && lost.length < WARNING_ROW_LIMIT; i += 1)
    if ((rows[i] ?? []).some(hasLostLetter)) lost.push(i + 1);
  return lost.length > 0 ? [{ code: 'letters-lost', rows: lost }] : [];
}
