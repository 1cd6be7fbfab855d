import { z } from 'zod/mini';
import { SECTOR_IDS, sectorIdSchema } from '@/api/schemas/common';
import { CHAPTER_IDS, chapterIdSchema } from '@/api/schemas/sectors';
import { type Filters, filtersSchema } from './filters';

/** Each filter travels as one link parameter of the same name. */
export type FilterParam = keyof Filters;

/**
 * What one parameter of a link says. `rejected` holds the raw text that was
 * dropped: the whole value when it is invalid, the unknown items of a list.
 */
export type ParamRead<T> =
  | { status: 'missing' }
  | { status: 'invalid'; rejected: readonly string[] }
  | { status: 'valid'; value: T; rejected: readonly string[] };

/** Reads one filter from its parameter's text and writes it back. */
export type ParamCodec<T> = {
  /** Never throws. Called only for a parameter that is present. */
  parse: (raw: string) => ParamRead<T>;
  write: (value: T) => string;
};

/** One codec per filter: a filter without one does not compile. */
export type ParamTable = {
  readonly [K in FilterParam]: ParamCodec<Filters[K]>;
};

/** A single value, checked by its schema and written as it is. */
export function param<T extends string>(
  schema: z.core.$ZodType<T>,
): ParamCodec<T> {
  return {
    parse: (raw) => {
      const parsed = z.safeParse(schema, raw);
      return parsed.success
        ? { status: 'valid', value: parsed.data, rejected: [] }
        : { status: 'invalid', rejected: [raw] };
    },
    write: (value) => value,
  };
}

/**
 * A comma-separated list. Unknown items are dropped one by one and the rest
 * kept in canonical form; an empty value means no list at all.
 */
export function listParam<T extends string>(
  item: z.core.$ZodType<T>,
  canonical: (items: readonly T[]) => T[],
): ParamCodec<T[]> {
  return {
    parse: (raw) => {
      if (raw === '') return { status: 'missing' };
      const items: T[] = [];
      const rejected: string[] = [];
      for (const part of raw.split(',')) {
        const parsed = z.safeParse(item, part);
        if (parsed.success) items.push(parsed.data);
        else rejected.push(part);
      }
      return { status: 'valid', value: canonical(items), rejected };
    },
    write: (value) => canonical(value).join(','),
  };
}

const SECTOR_ORDER = new Map<string, number>(
  SECTOR_IDS.map((id, i) => [id, i]),
);

/** Canonical sector list: known ids, no duplicates, in section order. */
export function canonicalSectors(
  sectors: readonly string[],
): Filters['sectors'] {
  const known = sectors.filter((s): s is Filters['sectors'][number] =>
    SECTOR_ORDER.has(s),
  );
  return [...new Set(known)].sort(
    (a, b) => (SECTOR_ORDER.get(a) ?? 0) - (SECTOR_ORDER.get(b) ?? 0),
  );
}

const CHAPTER_SET = new Set<string>(CHAPTER_IDS);

/** Canonical chapter list: known two-digit codes, no duplicates, in code order. */
export function canonicalChapters(
  chapters: readonly string[],
): Filters['chapters'] {
  const known = chapters.filter((c): c is Filters['chapters'][number] =>
    CHAPTER_SET.has(c),
  );
  return [...new Set(known)].sort();
}

const { shape } = filtersSchema;

/**
 * The view's public URL format (people bookmark and share it):
 * `?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08&sectors=XV,XVI&chapters=04,76&flow=export&compare=none`
 * Parameters are written in this table's order. Typed as `ParamTable`
 * rather than checked with `satisfies`, so that `PARAMS[key]` keeps its
 * filter's type for a generic key.
 */
export const PARAMS: ParamTable = {
  pair: param(shape.pair),
  from: param(shape.from),
  to: param(shape.to),
  sectors: listParam(sectorIdSchema, canonicalSectors),
  chapters: listParam(chapterIdSchema, canonicalChapters),
  flow: param(shape.flow),
  compare: param(shape.compare),
  view: param(shape.view),
};

/** The filter parameters in the order they are written. */
export const FILTER_PARAMS = Object.keys(PARAMS) as readonly FilterParam[];
