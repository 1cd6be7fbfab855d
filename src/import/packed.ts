import { type Flow, type Month } from '@/api/schemas/common';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import { monthIndex, shiftMonth } from '@/domain/months';
import type { ImportedFile } from '@/api/schemas/meta';
import type { ImportedRecord, Problem, ValueStatus } from './types';

const STATUSES: readonly ValueStatus[] = [
  'reported',
  'none',
  'confidential',
  'unavailable',
];
const FLOWS: readonly Flow[] = ['export', 'import'];

/**
 * Imported records as columns of typed arrays: what IndexedDB keeps and a
 * worker hands over without copying (structured clone of a few buffers
 * instead of half a million objects). Sides are indices into `sides`,
 * months are offsets from `firstMonth`, chapters indices into CHAPTER_IDS.
 */
export type PackedRecords = {
  count: number;
  sides: string[];
  firstMonth: Month;
  kz: Uint16Array;
  ru: Uint16Array;
  month: Uint16Array;
  flow: Uint8Array;
  chapter: Uint8Array;
  /** Whole USD; NaN where `status` is not `reported`. */
  value: Float64Array;
  status: Uint8Array;
  preliminary: Uint8Array;
  /** The file row of each record, for duplicate reports. */
  row: Uint32Array;
  /** Index into `files` of the file each record came from. */
  file: Uint8Array;
  files: string[];
};

const CHAPTER_INDEX = new Map<string, number>(
  CHAPTER_IDS.map((id, i) => [id, i]),
);

/** Packs records of one file; `firstMonth` is their earliest month. */
export function packRecords(
  records: readonly ImportedRecord[],
  fileName: string,
): PackedRecords {
  const count = records.length;
  const sides: string[] = [];
  const sideIndex = new Map<string, number>();
  const side = (code: string) => {
    let i = sideIndex.get(code);
    if (i === undefined) {
      i = sides.length;
      sides.push(code);
      sideIndex.set(code, i);
    }
    return i;
  };
  let firstMonth: Month = records[0]?.month ?? '2000-01';
  for (const r of records) if (r.month < firstMonth) firstMonth = r.month;
  const first = monthIndex(firstMonth);
  const packed: PackedRecords = {
    count,
    sides,
    firstMonth,
    kz: new Uint16Array(count),
    ru: new Uint16Array(count),
    month: new Uint16Array(count),
    flow: new Uint8Array(count),
    chapter: new Uint8Array(count),
    value: new Float64Array(count),
    status: new Uint8Array(count),
    preliminary: new Uint8Array(count),
    row: new Uint32Array(count),
    file: new Uint8Array(count),
    files: [fileName],
  };
  records.forEach((r, i) => {
    packed.kz[i] = side(r.kz);
    packed.ru[i] = side(r.ru);
    packed.month[i] = monthIndex(r.month) - first;
    packed.flow[i] = r.flow === 'export' ? 0 : 1;
    packed.chapter[i] = CHAPTER_INDEX.get(r.chapter) ?? 0;
    packed.value[i] = r.valueUsd ?? Number.NaN;
    packed.status[i] = STATUSES.indexOf(r.status);
    packed.preliminary[i] = r.preliminary ? 1 : 0;
    packed.row[i] = r.row;
  });
  return packed;
}

/** One packed record as an object again. */
export function unpackRecord(
  packed: PackedRecords,
  i: number,
): ImportedRecord & { file: string } {
  const value = packed.value[i] ?? Number.NaN;
  return {
    kz: packed.sides[packed.kz[i] ?? 0] ?? '',
    ru: packed.sides[packed.ru[i] ?? 0] ?? '',
    month: shiftMonth(packed.firstMonth, packed.month[i] ?? 0),
    flow: FLOWS[packed.flow[i] ?? 0] ?? 'export',
    chapter: CHAPTER_IDS[packed.chapter[i] ?? 0] ?? '01',
    valueUsd: Number.isNaN(value) ? null : value,
    status: STATUSES[packed.status[i] ?? 0] ?? 'reported',
    preliminary: packed.preliminary[i] === 1,
    row: packed.row[i] ?? 0,
    file: packed.files[packed.file[i] ?? 0] ?? '',
  };
}

/** The key of a record: its cell of the matrix. */
function keyOf(
  r: Pick<ImportedRecord, 'kz' | 'ru' | 'month' | 'flow' | 'chapter'>,
) {
  return `${r.kz}|${r.ru}|${r.month}|${r.flow}|${r.chapter}`;
}

/**
 * Adds a new file's records to those already loaded. A cell both give is a
 * problem on the new file's row (as a duplicate within a file is), and the
 * new record is left out: nothing loaded is overwritten.
 */
export function mergePacked(
  existing: PackedRecords,
  added: PackedRecords,
  addedColumn: string | null,
): { packed: PackedRecords; problems: Problem[]; duplicates: number } {
  const seen = new Map<string, number>();
  for (let i = 0; i < existing.count; i += 1)
    seen.set(keyOf(unpackRecord(existing, i)), existing.row[i] ?? 0);
  const kept: (ImportedRecord & { file: string })[] = [];
  const problems: Problem[] = [];
  let duplicates = 0;
  for (let i = 0; i < existing.count; i += 1)
    kept.push(unpackRecord(existing, i));
  for (let i = 0; i < added.count; i += 1) {
    const record = unpackRecord(added, i);
    const first = seen.get(keyOf(record));
    if (first !== undefined) {
      duplicates += 1;
      problems.push({
        row: record.row,
        column: addedColumn,
        code: 'duplicate',
        values: { firstRow: first, file: existing.files[0] ?? '' },
      });
      continue;
    }
    kept.push(record);
  }
  const files = [...existing.files, ...added.files];
  const packed = packRecords(kept, files[0] ?? '');
  packed.files = files;
  kept.forEach((r, i) => {
    packed.file[i] = Math.max(0, files.indexOf(r.file));
  });
  return { packed, problems, duplicates };
}

/**
 * An analyst's data as the browser keeps it (IndexedDB) and the demo
 * backend serves it: the records and a description of each imported file.
 */
export type UserData = {
  packed: PackedRecords;
  files: ImportedFile[];
};
