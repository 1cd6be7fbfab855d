import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import {
  damaged,
  HOSTILE_RUNS,
  hostileParameters,
  hostileStored,
  hostileText,
} from '@/test/hostile-input';
import { memoryStorage } from '@/test/storage';
import { expectValidView } from '@/test/valid-view';
import { loadView, saveView } from './persistence';

const month = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }))
  .map(
    ([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`,
  );

/** Mostly a plausible value, now and then any text. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | string> {
  return fc.oneof(
    { weight: 9, arbitrary: valid },
    { weight: 1, arbitrary: hostileText },
  );
}

/** Filters as some release may have stored them, right or nearly right. */
const storedFilters = fc.record({
  pair: mostly(fc.constantFrom('KZ-63~RU-ALT', 'KZ~RU', 'KZ-15~RU')),
  from: mostly(month),
  to: mostly(month),
  sectors: fc.array(mostly(fc.constantFrom(...SECTOR_IDS)), { maxLength: 30 }),
  chapters: fc.array(mostly(fc.constantFrom(...CHAPTER_IDS)), {
    maxLength: 30,
  }),
  flow: mostly(fc.constantFrom('all', 'export', 'import')),
  compare: mostly(fc.constantFrom('prev', 'none')),
  view: mostly(fc.constantFrom('pair', 'overview')),
});

/** A stored view of any version, its filters intact, damaged or missing. */
const storedView = fc.record({
  version: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(1, 2, 3) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, 4, -1, 2.5, Number.MAX_SAFE_INTEGER),
    },
    { weight: 1, arbitrary: fc.jsonValue() },
  ),
  filters: fc.oneof(
    { weight: 6, arbitrary: storedFilters },
    { weight: 2, arbitrary: damaged(storedFilters) },
    { weight: 1, arbitrary: fc.jsonValue() },
  ),
});

describe(`stored views (${String(HOSTILE_RUNS)} runs)`, () => {
  it('load as a valid view or as nothing, whatever the entry holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: hostileStored(damaged(storedView)) },
          { weight: 5, arbitrary: storedView.map((v) => JSON.stringify(v)) },
        ),
        (raw) => {
          const storage = memoryStorage({ 'btd.view': raw });
          const view = loadView(storage);
          if (view === null) return;
          expectValidView(view);
          // What loads saves and loads again unchanged.
          saveView(storage, view);
          expect(loadView(storage)).toEqual(view);
        },
      ),
      hostileParameters,
    );
  });
});
