import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod/mini';
import {
  kzCellCodeSchema,
  monthSchema,
  ruCellCodeSchema,
} from '@/api/schemas/common';
import { importedFileSchema } from '@/api/schemas/meta';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import { monthIndex } from '@/domain/months';
import { PERIOD_YEARS } from '@/import/interpret/parse-period';
import { usdProblem } from '@/domain/usd';
import type { PackedRecords, UserData } from '@/import/packed';

const KEY = 'user-data';
let store: UseStore | null | undefined;

/** The IndexedDB store, or null where there is none (Node, a locked-down browser). */
function userStore(): UseStore | null {
  if (store === undefined)
    store =
      typeof indexedDB === 'undefined'
        ? null
        : createStore('border-trade', 'imports');
  return store;
}

/**
 * The months an import can give: a stored record outside them did not come
 * from a file, and would stretch the dataset's cube over centuries.
 */
const FIRST_MONTH = PERIOD_YEARS.first * 12;
const LAST_MONTH = PERIOD_YEARS.last * 12 + 11;

const packedSchema = z.object({
  count: z.number().check(z.int(), z.nonnegative()),
  sides: z.array(z.union([kzCellCodeSchema, ruCellCodeSchema])),
  firstMonth: monthSchema,
  kz: z.instanceof(Uint16Array),
  ru: z.instanceof(Uint16Array),
  month: z.instanceof(Uint16Array),
  flow: z.instanceof(Uint8Array),
  chapter: z.instanceof(Uint8Array),
  value: z.instanceof(Float64Array),
  status: z.instanceof(Uint8Array),
  preliminary: z.instanceof(Uint8Array),
  row: z.instanceof(Uint32Array),
  file: z.instanceof(Uint8Array),
  files: z.array(z.string()),
}) satisfies z.ZodMiniType<PackedRecords>;

/**
 * Whether every column has one entry per record and every entry points at
 * something that exists: a side of the right country, a chapter, a flow, a
 * status, a file, a month an import can give, and an amount that is not
 * reported (NaN) or passes the one money rule (`usdProblem`: whole,
 * finite, not negative, at most 10^12 USD).
 */
function isConsistent(packed: z.infer<typeof packedSchema>): boolean {
  const { count, sides } = packed;
  const columns = [
    packed.kz,
    packed.ru,
    packed.month,
    packed.flow,
    packed.chapter,
    packed.value,
    packed.status,
    packed.preliminary,
    packed.row,
    packed.file,
  ];
  if (columns.some((column) => column.length !== count)) return false;
  const first = monthIndex(packed.firstMonth);
  if (first < FIRST_MONTH) return false;
  const lastOffset = LAST_MONTH - first;
  for (let i = 0; i < count; i += 1) {
    const value = packed.value[i] ?? Number.NaN;
    if (
      !sides[packed.kz[i] ?? 0]?.startsWith('KZ-') ||
      !sides[packed.ru[i] ?? 0]?.startsWith('RU-') ||
      (packed.month[i] ?? 0) > lastOffset ||
      (packed.flow[i] ?? 0) > 1 ||
      (packed.chapter[i] ?? 0) >= CHAPTER_IDS.length ||
      (packed.status[i] ?? 0) > 3 ||
      (packed.file[i] ?? 0) >= packed.files.length ||
      !(Number.isNaN(value) || usdProblem(value) === null)
    )
      return false;
  }
  return true;
}

/**
 * What IndexedDB keeps for this browser, checked as anything read from
 * storage is: its shape by schema, then that every record can be read back.
 * An entry an older release, another tab or a tampering extension left in
 * any other shape would otherwise break every request of the demo backend.
 */
const userDataSchema = z.object({
  packed: packedSchema.check(z.refine(isConsistent)),
  files: z.array(importedFileSchema),
}) satisfies z.ZodMiniType<UserData>;

/** The stored value as user data, or null when it is not. Never throws. */
export function parseUserData(value: unknown): UserData | null {
  const parsed = userDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The analyst's imported data kept in this browser, or null when there is
 * none, it cannot be read or it holds values no trade can have (then the
 * demo data answers). Never throws.
 */
export async function loadUserData(): Promise<UserData | null> {
  const target = userStore();
  if (!target) return null;
  try {
    const value: unknown = await get(KEY, target);
    return parseUserData(value);
  } catch {
    return null;
  }
}

/** Keeps the imported data for the next visit; rejects when the browser refuses. */
export async function saveUserData(data: UserData): Promise<void> {
  const target = userStore();
  if (!target) throw new Error('This browser keeps no data (no IndexedDB).');
  await set(KEY, data, target);
}

/** Forgets the imported data. Never throws. */
export async function clearUserData(): Promise<void> {
  const target = userStore();
  if (!target) return;
  try {
    await del(KEY, target);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
