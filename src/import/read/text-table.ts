import Papa from 'papaparse';
import type { Delimiter, RawCell } from '../types';
import { dropTrailingEmptyRows } from './rows';

/**
 * The file's line break: LF (a CRLF leaves a `\r` that is removed from the
 * last cell), or CR alone for old Mac exports.
 */
function newlineOf(text: string): '\n' | '\r' {
  return !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
}

function cellOf(field: string): RawCell {
  const text = field.endsWith('\r') ? field.slice(0, -1) : field;
  return text === '' ? null : text;
}

/**
 * Returns the rows of delimited text: every cell is its text as written
 * (quotes removed, spaces kept: the interpreter reads `1 234,5` itself), an
 * empty cell is null, an empty line is an empty row, and empty rows at the
 * end are dropped. Nothing is typed here: SheetJS would read `1234,5` as 12345.
 */
export function parseDelimited(
  text: string,
  delimiter: Delimiter,
): RawCell[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: newlineOf(text),
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows: RawCell[][] = parsed.data.map((fields) =>
    fields.length === 1 && cellOf(fields[0] ?? '') === null
      ? []
      : fields.map(cellOf),
  );
  return dropTrailingEmptyRows(rows);
}
