import { z } from 'zod';
import { type Filters, filtersSchema } from './filters';

const STORAGE_KEY = 'btd.view';

/** Version 1: the filters as they are today. */
const storedViewSchema = z.object({
  version: z.literal(1),
  filters: filtersSchema,
});

/**
 * Stored views of older versions, upgraded step by step. Version 0 never
 * shipped; the entry shows where the next migration goes.
 */
const MIGRATIONS: Record<
  number,
  (value: Record<string, unknown>) => Record<string, unknown>
> = {};

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The last view, or null when there is none or it cannot be read. Never throws. */
export function loadView(storage: Storage | undefined): Filters | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    let value: unknown = JSON.parse(raw);
    for (;;) {
      if (typeof value !== 'object' || value === null) return null;
      const record = value as Record<string, unknown>;
      const version = typeof record.version === 'number' ? record.version : 0;
      const migrate = MIGRATIONS[version];
      if (!migrate) break;
      value = migrate(record);
    }
    const parsed = storedViewSchema.safeParse(value);
    return parsed.success ? parsed.data.filters : null;
  } catch {
    return null;
  }
}

export function saveView(storage: Storage | undefined, filters: Filters): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, filters }));
  } catch {
    // A full or blocked storage only costs the memory of the last view.
  }
}
