import { z } from 'zod/mini';
import { flowSchema, kzSideSchema, ruSideSchema } from '@/api/schemas/common';
import { COLUMN_ROLES, type Mapping, UNITS } from '@/import/types';
import {
  jsonValue,
  readStored,
  type ReadableStorage,
  type WritableStorage,
  writeStored,
} from '@/lib/storage';

const mappingSchema = z.object({
  headerRow: z.number().check(z.int(), z.nonnegative()),
  layout: z.enum(['long', 'wide']),
  roles: z.array(z.enum(COLUMN_ROLES)),
  kz: z.nullable(kzSideSchema),
  ru: z.nullable(ruSideSchema),
  flow: z.nullable(flowSchema),
  unit: z.nullable(z.enum(UNITS)),
}) satisfies z.ZodMiniType<Mapping>;

/**
 * The stored record, read entry by entry: a damaged mapping is dropped on
 * its own, not with the others. Header text is the file's, so a header may
 * be `__proto__`, which zod's record skips and an object literal would take
 * for its prototype; `Object.fromEntries` keeps it as an entry like any other.
 */
const mappingsSchema = z.pipe(
  z.unknown(),
  z.transform((value): Record<string, Mapping> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return {};
    const entries: [string, Mapping][] = [];
    for (const [signature, candidate] of Object.entries(value)) {
      const parsed = mappingSchema.safeParse(candidate);
      if (parsed.success) entries.push([signature, parsed.data]);
    }
    return Object.fromEntries(entries);
  }),
);

const stored = jsonValue('btd.import-mappings', mappingsSchema);

/** How many headers' mappings are kept; the oldest go first. */
const KEPT = 20;

/** Mappings the user confirmed, by the header text of their file. Never throws. */
export function rememberedMappings(
  storage: ReadableStorage | undefined = globalThis.localStorage,
): Record<string, Mapping> {
  return readStored(storage, stored, {});
}

/**
 * The mapping remembered for a header, if any. Header text is the file's,
 * so it may be any word: a header of `constructor` or `__proto__` must not
 * find what every object inherits.
 */
export function mappingFor(
  remembered: Readonly<Record<string, Mapping>>,
  signature: string,
): Mapping | undefined {
  return Object.hasOwn(remembered, signature)
    ? remembered[signature]
    : undefined;
}

/** Remembers a confirmed mapping for the next file with the same header. */
export function rememberMapping(
  signature: string,
  mapping: Mapping,
  storage:
    (ReadableStorage & WritableStorage) | undefined = globalThis.localStorage,
): void {
  const others = Object.entries(rememberedMappings(storage)).filter(
    ([key]) => key !== signature,
  );
  const kept = others.slice(-(KEPT - 1));
  writeStored(
    storage,
    stored,
    Object.fromEntries([...kept, [signature, mapping]]),
  );
}
