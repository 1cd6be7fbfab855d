import { z } from 'zod/mini';

/** The part of Web Storage we read; tests pass a small stand-in. */
export type ReadableStorage = Pick<Storage, 'getItem'>;
/** The part of Web Storage we write. */
export type WritableStorage = Pick<Storage, 'setItem'>;

/**
 * One remembered value: its key, the schema that checks it on the way back
 * in, and how it is written as text.
 */
export type StoredValue<T> = {
  key: string;
  schema: z.core.$ZodType<T>;
  encode: (value: T) => string;
  decode: (raw: string) => unknown;
};

/** A structured value, kept as JSON. */
export function jsonValue<T>(
  key: string,
  schema: z.core.$ZodType<T>,
): StoredValue<T> {
  return {
    key,
    schema,
    encode: (value) => JSON.stringify(value),
    decode: (raw) => JSON.parse(raw) as unknown,
  };
}

/**
 * A bare string, kept as it is: the theme and language were first saved this
 * way, so their entries must keep loading without JSON quotes.
 */
export function textValue<T extends string>(
  key: string,
  schema: z.core.$ZodType<T>,
): StoredValue<T> {
  return { key, schema, encode: (value) => value, decode: (raw) => raw };
}

/**
 * The remembered value, or `fallback` when there is none, it does not parse,
 * it fails the schema, or the storage itself throws (private mode, a blocked
 * origin). Never throws.
 */
export function readStored<T, F>(
  storage: ReadableStorage | undefined,
  stored: StoredValue<T>,
  fallback: F,
): T | F {
  try {
    const raw = storage?.getItem(stored.key);
    if (raw === null || raw === undefined) return fallback;
    const parsed = z.safeParse(stored.schema, stored.decode(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Remembers a value. Never throws. */
export function writeStored<T>(
  storage: WritableStorage | undefined,
  stored: StoredValue<T>,
  value: NoInfer<T>,
): void {
  try {
    storage?.setItem(stored.key, stored.encode(value));
  } catch {
    // A full quota or a blocked storage only costs the memory of the value:
    // it lasts for this visit.
  }
}
