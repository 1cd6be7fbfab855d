import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** One row of a shared CSV, by column name. */
export type CsvRow = Record<string, string>;

/**
 * The rows of a copy of a shared/domain CSV kept in
 * src/service/catalog/sources/. Throws on a parse error, so a broken copy
 * fails its test instead of passing on fewer rows.
 */
export function readSourceCsv(name: string): CsvRow[] {
  const text = readFileSync(
    new URL(`../service/catalog/sources/${name}`, import.meta.url),
    'utf8',
  );
  const parsed = Papa.parse<CsvRow>(text, {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  }
  return parsed.data;
}

/** A column's value; throws when the CSV lacks the column. */
export function column(row: CsvRow, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`no column ${name}`);
  return value;
}
