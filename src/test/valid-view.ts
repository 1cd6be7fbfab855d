import { expect } from 'vitest';
import { fromNotAfterTo } from '@/api/schemas/trade';
import {
  type Filters,
  filtersSchema,
  redundantChapters,
} from '@/state/filters';
import { canonicalChapters, canonicalSectors } from '@/state/url-params';

/**
 * Asserts the store's invariants on a view: its schema, a period that does
 * not end before it starts, sector and chapter lists in canonical form (known,
 * once each, in order) and no chapter that a chosen section already covers.
 */
export function expectValidView(view: unknown): asserts view is Filters {
  const parsed = filtersSchema.safeParse(view);
  expect(parsed.error?.issues ?? []).toEqual([]);
  const filters = view as Filters;
  expect(fromNotAfterTo(filters)).toBe(true);
  expect(filters.sectors).toEqual(canonicalSectors(filters.sectors));
  expect(filters.chapters).toEqual(canonicalChapters(filters.chapters));
  expect(redundantChapters(filters)).toEqual([]);
}
