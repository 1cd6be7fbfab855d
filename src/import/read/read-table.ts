import type { Problem, RawTable, ReadOptions } from '../types';
import { sniffContainer } from './container';
import { guessDelimiter } from './delimiter';
import { decodeText } from './encoding';
import { empty, reasonOf, unreadable } from './problems';
import { isEmptyRow } from './rows';
import { readSpreadsheet } from './spreadsheet';
import { parseDelimited } from './text-table';
import { warningsOf } from './warnings';

export type ReadResult =
  { ok: true; table: RawTable } | { ok: false; problem: Problem };

/** Only whitespace and byte-order marks: nothing to import. */
const BLANK = /^[\s\uFEFF]*$/;

function readText(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const decoded = decodeText(bytes, options.encoding);
  if (BLANK.test(decoded.text)) return { ok: false, problem: empty() };
  const delimiter = options.delimiter ?? guessDelimiter(decoded.text);
  const rows = parseDelimited(decoded.text, delimiter);
  if (rows.every(isEmptyRow)) return { ok: false, problem: empty() };
  return {
    ok: true,
    table: {
      container: 'text',
      encoding: decoded.encoding,
      encodingSource: decoded.encodingSource,
      delimiter,
      sheets: [],
      sheet: null,
      rows,
      warnings: warningsOf(rows),
    },
  };
}

function readWorkbook(
  bytes: Uint8Array,
  container: 'xlsx' | 'xls',
  options: ReadOptions,
): ReadResult {
  const read = readSpreadsheet(bytes, options.sheet);
  if (!read.ok) return read;
  return {
    ok: true,
    table: {
      container,
      encoding: null,
      encodingSource: null,
      delimiter: null,
      sheets: read.sheets,
      sheet: read.sheet,
      rows: read.rows,
      warnings: warningsOf(read.rows),
    },
  };
}

/**
 * Returns the file's table (rows of raw cells, with how it was read and
 * what a person should know about it) or the problem that stops it being
 * read: `empty` for no content, `unreadable` for a damaged spreadsheet. The
 * container comes from the first bytes; `options` force the encoding,
 * delimiter or sheet. Never throws.
 */
export function readTable(
  bytes: Uint8Array,
  options: ReadOptions = {},
): ReadResult {
  try {
    if (bytes.length === 0) return { ok: false, problem: empty() };
    const container = sniffContainer(bytes);
    return container === 'text'
      ? readText(bytes, options)
      : readWorkbook(bytes, container, options);
  } catch (error) {
    // Out of memory, a decoder without the code page, a library bug: the
    // caller shows a message instead of a crashed worker.
    return { ok: false, problem: unreadable(reasonOf(error)) };
  }
}
