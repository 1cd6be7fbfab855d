import type { ImportedFile } from '@/api/schemas/meta';
import { columnLabel } from '@/import/interpret/column-label';
import { detectMapping } from '@/import/interpret/detect-mapping';
import { interpret } from '@/import/interpret/interpret';
import { packRecords, type UserData } from '@/import/packed';
import { readTable } from '@/import/read/read-table';
import type { Interpretation, Problem, ReadWarning } from '@/import/types';
import { regionsResponse } from '@/service/catalog/data/regions';

export type LoadedFile =
  | {
      ok: true;
      data: UserData;
      checked: Interpretation;
      warnings: ReadWarning[];
    }
  /** The file could not be read at all: empty, or a damaged spreadsheet. */
  | { ok: false; problem: Problem };

/** How many leading rows give the column labels, as the browser import reads them. */
const HEAD_ROWS = 30;

/**
 * A file read and checked exactly as the browser's import does (the same
 * reader, detected mapping and interpreter, against the product's region
 * catalogue), packed as the user dataset expects. There is no one to confirm
 * the detected mapping here: the file's headers must say what its columns are.
 */
export function loadDataFile(
  bytes: Uint8Array,
  fileName: string,
  importedAt: string = new Date().toISOString(),
): LoadedFile {
  const read = readTable(bytes);
  if (!read.ok) return { ok: false, problem: read.problem };
  const { table } = read;
  const catalog = { regions: regionsResponse.regions };
  const mapping = detectMapping(table, catalog);
  const checked = interpret(table, mapping, catalog);
  const width = Math.max(
    0,
    ...table.rows.slice(0, HEAD_ROWS).map((row) => row.length),
  );
  const file: ImportedFile = {
    name: fileName,
    importedAt,
    container: table.container,
    encoding: table.encoding,
    delimiter: table.delimiter,
    columns: Array.from({ length: width }, (_, i) => ({
      label: columnLabel(table, mapping, i),
      role: mapping.roles[i] ?? 'ignore',
    })),
    fixed: {
      kz: mapping.kz,
      ru: mapping.ru,
      flow: mapping.flow,
      unit: mapping.unit,
    },
    rows: checked.validRows,
    records: checked.records.length,
    controlTotals: checked.controlTotals,
  };
  return {
    ok: true,
    data: { packed: packRecords(checked.records, fileName), files: [file] },
    checked,
    warnings: table.warnings,
  };
}

/** `row 7, column «Сумма»: bad-number {"text":"12,3,4"}`: where to look, and what is wrong. */
export function formatProblem(problem: Problem): string {
  const where = [
    problem.row === null ? 'file' : `row ${String(problem.row)}`,
    ...(problem.column === null ? [] : [`column «${problem.column}»`]),
  ].join(', ');
  return `${where}: ${problem.code} ${JSON.stringify(problem.values)}`;
}
