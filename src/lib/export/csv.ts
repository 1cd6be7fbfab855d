import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

/**
 * RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * Cyrillic), CRLF line ends, quotes where needed, and any text cell that a
 * spreadsheet could run as a formula (= + - @, tab, CR) prefixed with an
 * apostrophe. Numbers stay numbers; null is an empty cell, never 0.
 */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  const body = Papa.unparse(
    {
      fields: [...header],
      data: rows.map((row) => row.map((cell) => (cell === null ? '' : cell))),
    },
    { newline: '\r\n', escapeFormulae: true, quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
