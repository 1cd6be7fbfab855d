/**
 * The import module's shared vocabulary: what reading a file gives
 * (`RawTable`), how its columns are understood (`Mapping`), and what
 * interpreting it gives (`ImportedRecord`s, `Problem`s, control totals).
 * Plain TypeScript, no DOM: the browser's worker and the reference server
 * both run it.
 */
import type { Flow, KzSide, Month, RuSide } from '@/api/schemas/common';
import type { ChapterId } from '@/api/schemas/sectors';

/** What a file is, from its first bytes (never its name). */
export type Container = 'text' | 'xlsx' | 'xls';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
export type Delimiter = ';' | '\t' | ',' | '|';

/** One cell as read: text from text files; text, number or empty from spreadsheets. */
export type RawCell = string | number | null;

/** What the user may force instead of what was detected. */
export type ReadOptions = {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  /** A spreadsheet's sheet by name; default the first with data. */
  sheet?: string;
};

/** Something about the file a person should know before importing it. */
export type ReadWarning =
  /** `?` stands where letters were: Kazakh letters do not exist in Windows-1251. */
  { code: 'letters-lost'; rows: number[] };

export type RawTable = {
  container: Container;
  /** Text files only. */
  encoding: TextEncoding | null;
  /** How the encoding was decided: a byte-order mark, a strict UTF-8 read, a letter score, the user. */
  encodingSource: 'bom' | 'utf-8' | 'score' | 'user' | null;
  /** Text files only. */
  delimiter: Delimiter | null;
  /** A spreadsheet's sheet names; empty for text. */
  sheets: string[];
  sheet: string | null;
  /** `rows[i]` is the file's row `i + 1`; trailing empty rows are dropped. */
  rows: RawCell[][];
  warnings: ReadWarning[];
};

/** What a column can hold, in the order the mapping offers them. */
export const COLUMN_ROLES = [
  'period',
  'kz',
  'ru',
  'flow',
  'product',
  'section',
  'value',
  'unit',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const UNITS = ['usd', 'thousand-usd', 'million-usd'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * How the table is read, detected and then confirmed or changed by the user.
 * In the long layout one row is one record, its month in the `period`
 * column and its amount in the `value` column. In the wide layout each
 * column whose header names a month is a `value` column for that month.
 * What no column says is set once for the whole file (`kz`, `ru`, `flow`,
 * `unit`); null where a column says it or nothing does.
 */
export type Mapping = {
  /** Index into `RawTable.rows` of the header row. */
  headerRow: number;
  layout: 'long' | 'wide';
  /** By column index; columns past the end are `ignore`. */
  roles: ColumnRole[];
  kz: KzSide | null;
  ru: RuSide | null;
  flow: Flow | null;
  unit: Unit | null;
};

/** Why a value is not a number: the markers statistics tables use. */
export type ValueStatus =
  | 'reported'
  /** `-`, `–`, `—`: no flow. */
  | 'none'
  /** `x`, `х`, `X`: confidential. */
  | 'confidential'
  /** `…`, `..`, `н/д`: not available. */
  | 'unavailable';

/** One cell of the trade matrix as the file gives it. */
export type ImportedRecord = {
  /** A border region (`KZ-63`), or `KZ-OTHER` for a side given as the whole country or a non-border region. */
  kz: string;
  ru: string;
  month: Month;
  flow: Flow;
  chapter: ChapterId;
  /** Whole US dollars (rounded), or null when the file marks it as not reported. */
  valueUsd: number | null;
  status: ValueStatus;
  /** The month's header or cell carried a trailing `*`. */
  preliminary: boolean;
  /** The file row it came from, counting from 1 with the header. */
  row: number;
};

/**
 * Something wrong with the file, where a person can find it. `row` counts
 * from 1 as the file does (the header included); `column` is the column's
 * header text (or its letter when it has none). `code` names the message;
 * `values` fill it in (the cell's text, the expected total, …).
 */
export type Problem = {
  row: number | null;
  column: string | null;
  code: ProblemCode;
  values: Record<string, string | number>;
};

export type ProblemCode =
  | 'unreadable'
  | 'empty'
  | 'no-header'
  | 'no-value-column'
  | 'no-period'
  | 'bad-number'
  | 'negative'
  /** An amount no trade figure can have: over 10^12 USD (domain/usd.ts), `1e308` thousand dollars included. */
  | 'too-large'
  | 'bad-period'
  | 'unknown-region'
  | 'missing-side'
  | 'unknown-flow'
  | 'missing-flow'
  | 'bad-product'
  | 'missing-product'
  /** Only a section numeral: values need their HS chapter (2 digits or more). */
  | 'section-only'
  | 'missing-unit'
  | 'duplicate'
  | 'control-total';

/** A subtotal row of the file (Всего, Итого, a quarter) against the rows it sums. */
export type ControlTotal = {
  row: number;
  label: string;
  /** What the file says, in USD. */
  expectedUsd: number;
  /** What the rows it covers add up to, in USD. */
  actualUsd: number;
  matches: boolean;
};

export type Interpretation = {
  records: ImportedRecord[];
  /** The first problems (at most PROBLEM_LIMIT), in row order. */
  problems: Problem[];
  /** All problems, listed or not. */
  problemCount: number;
  /** Data rows that gave records and no problem. */
  validRows: number;
  /** Data rows with at least one problem. */
  invalidRows: number;
  controlTotals: ControlTotal[];
};

/** How many problems a report lists; the rest are counted. */
export const PROBLEM_LIMIT = 100;
