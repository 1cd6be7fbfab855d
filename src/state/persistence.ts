import { z } from 'zod/mini';
import {
  jsonValue,
  type ReadableStorage,
  readStored,
  type WritableStorage,
  writeStored,
} from '@/lib/storage';
import { type Filters, filtersSchema } from './filters';
import { checkView } from './url-codec';

const STORAGE_KEY = 'btd.view';

/**
 * Version 3: the filters as they are today (version 1 had no chapters,
 * version 2 no choice of screen).
 */
const STORED_VERSION = 3;
const storedViewSchema = z.object({
  version: z.literal(STORED_VERSION),
  filters: filtersSchema,
});

/** Turns a stored view of one version into the next version's shape. */
export type ViewMigration = (
  value: Record<string, unknown>,
) => Record<string, unknown>;

/**
 * Upgrades for stored views, keyed by the version they upgrade from. When
 * the format changes, bump `STORED_VERSION` and add the entry for the old
 * version here. A value without a version counts as version 0, which never
 * shipped, so it is dropped.
 */
export const VIEW_MIGRATIONS: Readonly<Record<number, ViewMigration>> = {
  // Version 3 added the choice of screen: the pair view.
  2: (value) => {
    const filters = value.filters;
    return {
      ...value,
      version: 3,
      filters:
        typeof filters === 'object' && filters !== null
          ? { ...filters, view: 'pair' }
          : filters,
    };
  },
  // Version 2 added HS chapters to the sector filter: none chosen.
  1: (value) => {
    const filters = value.filters;
    return {
      ...value,
      version: 2,
      filters:
        typeof filters === 'object' && filters !== null
          ? { ...filters, chapters: [] }
          : filters,
    };
  },
};

function upgrade(
  value: unknown,
  migrations: Readonly<Record<number, ViewMigration>>,
): unknown {
  let current = value;
  for (;;) {
    if (typeof current !== 'object' || current === null) return current;
    const record = current as Record<string, unknown>;
    const version = typeof record.version === 'number' ? record.version : 0;
    const migrate = migrations[version];
    if (!migrate) return record;
    current = migrate(record);
    // A migration that does not move forward would loop for ever.
    const next = (current as { version?: unknown } | null)?.version;
    if (typeof next !== 'number' || next <= version) return null;
  }
}

function storedView(migrations: Readonly<Record<number, ViewMigration>>) {
  return jsonValue(
    STORAGE_KEY,
    z.pipe(
      z.transform((value) => upgrade(value, migrations)),
      storedViewSchema,
    ),
  );
}

/**
 * The last view, or null when there is none or it cannot be read. Never throws.
 *
 * A view of the right shape is repaired rather than dropped, by the rules a
 * link's view keeps (`checkView`): its lists canonical, a redundant chapter
 * left out, and a reversed period (from after to, which every trade request
 * would answer with a 400) replaced by the default period, as a link's is.
 * The rest of the view (pair, goods, direction) is what the analyst chose
 * last, and worth keeping; the period is checked against the data's
 * coverage later, like any other.
 */
export function loadView(
  storage: ReadableStorage | undefined,
  migrations = VIEW_MIGRATIONS,
): Filters | null {
  const stored = readStored(storage, storedView(migrations), null);
  return stored === null ? null : checkView(stored.filters);
}

export function saveView(
  storage: WritableStorage | undefined,
  filters: Filters,
): void {
  writeStored(storage, storedView(VIEW_MIGRATIONS), {
    version: STORED_VERSION,
    filters,
  });
}
