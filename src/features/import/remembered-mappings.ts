import { z } from 'zod';
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
  headerRow: z.number().int().nonnegative(),
  layout: z.enum(['long', 'wide']),
  roles: z.array(z.enum(COLUMN_ROLES)),
  kz: kzSideSchema.nullable(),
  ru: ruSideSchema.nullable(),
  flow: flowSchema.nullable(),
  unit: z.enum(UNITS).nullable(),
}) satisfies z.ZodType<Mapping>;

const stored = jsonValue(
  'btd.import-mappings',
  z.record(z.string(), mappingSchema),
);

/** How many headers' mappings are kept; the oldest go first. */
const KEPT = 20;

/** Mappings the user confirmed, by the header text of their file. Never throws. */
export function rememberedMappings(
  storage: ReadableStorage | undefined = globalThis.localStorage,
): Record<string, Mapping> {
  return readStored(storage, stored, {});
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
  writeStored(storage, stored, {
    ...Object.fromEntries(kept),
    [signature]: mapping,
  });
}
