import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { usdProblem } from '@/domain/usd';
import type { UserData } from '@/import/packed';

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
 * Whether every stored value is not reported (NaN) or passes the one value
 * rule of the answers (usdProblem: whole, finite, not negative, at most
 * PLAUSIBLE_MAX_USD). The import rounds to whole dollars and refuses
 * negatives, so anything else is a damaged or foreign store or an amount no
 * trade has; served, it would only be refused panel by panel as a mismatch.
 */
function valuesFit(values: Float64Array): boolean {
  for (const value of values)
    if (!Number.isNaN(value) && usdProblem(value) !== null) return false;
  return true;
}

/** Whether a value read from IndexedDB is an analyst's import this code can serve. */
export function isStoredUserData(value: unknown): value is UserData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as { files?: unknown; packed?: unknown };
  if (!Array.isArray(data.files)) return false;
  const packed = data.packed as { count?: unknown; value?: unknown } | null;
  return (
    typeof packed === 'object' &&
    packed !== null &&
    typeof packed.count === 'number' &&
    packed.value instanceof Float64Array &&
    packed.value.length === packed.count &&
    valuesFit(packed.value)
  );
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
    return isStoredUserData(value) ? value : null;
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
