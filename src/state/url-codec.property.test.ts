import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import {
  HOSTILE_RUNS,
  hostileParameters,
  hostileStored,
  hostileText,
} from '@/test/hostile-input';
import { memoryStorage } from '@/test/storage';
import { expectValidView } from '@/test/valid-view';
import { DEFAULT_FILTERS, type Filters, useFiltersStore } from './filters';
import { noticeActions, readIgnoredParams } from './notices';
import {
  hasFilterParams,
  type IgnoredParam,
  parseFilters,
  serializeFilters,
} from './url-codec';
import { FILTER_PARAMS, type FilterParam } from './url-params';
import { startUrlSync } from './url-sync';

const month = fc
  .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${String(y)}-${String(m).padStart(2, '0')}`);

/** Values a parameter might plausibly hold, valid or nearly so. */
const VALID: Record<FilterParam, fc.Arbitrary<string>> = {
  pair: fc.constantFrom(
    'KZ-63~RU-ALT',
    'KZ~RU',
    'KZ-15~RU',
    'KZ~RU-OMS',
    'KZ-99~RU-ZZZ',
  ),
  from: month,
  to: month,
  sectors: fc.constantFrom(...SECTOR_IDS),
  chapters: fc.constantFrom(...CHAPTER_IDS),
  flow: fc.constantFrom('all', 'export', 'import'),
  compare: fc.constantFrom('prev', 'none'),
  view: fc.constantFrom('pair', 'overview'),
};

const LISTS: readonly FilterParam[] = ['sectors', 'chapters'];

/** A list of known and hostile items, now and then thousands of them. */
function listValue(item: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const part = fc.oneof(item, item, hostileText);
  return fc
    .oneof(
      { weight: 24, arbitrary: fc.array(part, { maxLength: 12 }) },
      {
        // Thousands of items: a few, repeated (generating each would be slow).
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.array(fc.oneof(item, fc.string({ maxLength: 4 })), {
              minLength: 1,
              maxLength: 5,
            }),
            fc.integer({ min: 200, max: 1000 }),
          )
          .map(([parts, times]) =>
            Array.from({ length: times }, () => parts).flat(),
          ),
      },
    )
    .map((parts) => parts.join(','));
}

function valueFor(name: string): fc.Arbitrary<string> {
  const known = (FILTER_PARAMS as readonly string[]).includes(name)
    ? (name as FilterParam)
    : null;
  if (known === null) return hostileText;
  if (LISTS.includes(known)) return listValue(VALID[known]);
  return fc.oneof(VALID[known], VALID[known], hostileText);
}

const NAMES = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FILTER_PARAMS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'lang',
      'Sectors',
      'FLOW',
      'sectors ',
      'sectors[]',
      '__proto__',
      'constructor',
      '',
    ),
  },
  { weight: 1, arbitrary: hostileText },
);

/** How a name or value travels: as it is, percent-encoded, or with `+` for spaces. */
function travel(text: string, how: 'raw' | 'encoded' | 'plus'): string {
  if (how === 'raw') return text;
  try {
    const encoded = encodeURIComponent(text);
    return how === 'plus' ? encoded.replace(/%20/g, '+') : encoded;
  } catch {
    // A lone surrogate has no UTF-8 form: the link carries it raw.
    return text;
  }
}

const HOW = fc.constantFrom(
  'raw' as const,
  'encoded' as const,
  'plus' as const,
);

/** `key=value&…` of known and unknown names, repeats included. */
const search = fc
  .array(
    NAMES.chain((name) =>
      fc.record({
        name: fc.constant(name),
        value: valueFor(name),
        how: HOW,
        bare: fc.boolean(),
      }),
    ),
    { maxLength: 10 },
  )
  .chain((entries) =>
    fc.oneof(
      fc.constant(entries),
      // The same parameters again, with other values: repeated names.
      fc
        .subarray(entries)
        .chain((again) =>
          fc.tuple(
            ...again.map((e) =>
              valueFor(e.name).map((value) => ({ ...e, value })),
            ),
          ),
        )
        .map((again) => [...entries, ...again]),
    ),
  )
  .map(
    (entries) =>
      `?${entries
        .map(({ name, value, how, bare }) =>
          bare && value === ''
            ? travel(name, how)
            : `${travel(name, how)}=${travel(value, how)}`,
        )
        .join('&')}`,
  );

const anySearch = fc.oneof(
  { weight: 3, arbitrary: search },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: hostileText.map((text) => `?${text}`) },
);

/**
 * Every value the link gives for a filter is used or reported: the first
 * occurrence item by item (a list's items one by one), every later
 * occurrence that says something else as a whole.
 */
function expectEveryDropReported(
  text: string,
  filters: Filters,
  ignored: readonly IgnoredParam[],
): void {
  const reported = new Set(ignored.map((i) => `${i.param}=${i.value}`));
  const accounted = (param: FilterParam, value: string) => {
    if (!reported.has(`${param}=${value}`))
      expect.fail(`${param}: ${value} was dropped unreported`);
  };
  const params = new URLSearchParams(text);
  for (const param of FILTER_PARAMS) {
    const [first, ...later] = params.getAll(param);
    if (first === undefined) continue;
    const kept = filters[param];
    if (Array.isArray(kept)) {
      const used = new Set<string>(kept);
      if (first !== '')
        for (const item of first.split(','))
          if (!used.has(item)) accounted(param, item);
    } else if (kept !== first) accounted(param, first);
    for (const value of later) if (value !== first) accounted(param, value);
  }
}

describe(`the URL codec on hostile links (${String(HOSTILE_RUNS)} runs each)`, () => {
  it('reads any query string into a valid view and reports every value it dropped', () => {
    fc.assert(
      fc.property(anySearch, (text) => {
        const { filters, ignored } = parseFilters(text);
        expectValidView(filters);
        expectEveryDropReported(text, filters, ignored);
        const names = new Set<string>(FILTER_PARAMS);
        expect(ignored.filter((i) => !names.has(i.param))).toEqual([]);
      }),
      hostileParameters,
    );
  });

  it('writes any view it read back as a link that reads the same, with nothing to report', () => {
    fc.assert(
      fc.property(anySearch, (text) => {
        const { filters } = parseFilters(text);
        const written = serializeFilters(filters, text);
        expect(hasFilterParams(text)).toBe(
          FILTER_PARAMS.some((p) => new URLSearchParams(text).has(p)),
        );
        const again = parseFilters(written);
        expect(again.filters).toEqual(filters);
        expect(again.ignored).toEqual([]);
        expect(serializeFilters(again.filters, written)).toBe(written);
      }),
      hostileParameters,
    );
  });
});

/** A remembered view of the current version, its period and lists in any order. */
const rememberedView = fc
  .record({
    from: month,
    to: month,
    sectors: fc.array(VALID.sectors, { maxLength: 6 }),
    chapters: fc.array(VALID.chapters, { maxLength: 6 }),
  })
  .map((changes) => ({
    version: 3,
    filters: { ...DEFAULT_FILTERS, ...changes },
  }));

/** The parts of a window that URL sync touches, over a given URL and storage. */
function fakeWindow(searchText: string, stored: string | null) {
  const storage = memoryStorage(stored === null ? {} : { 'btd.view': stored });
  const location = { pathname: '/', search: searchText, hash: '' };
  const win = {
    location,
    localStorage: storage,
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        location.search = new URL(url, 'http://localhost').search;
      },
      pushState: () => undefined,
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return win as unknown as Window;
}

describe(`URL sync on a hostile first load (${String(HOSTILE_RUNS)} runs)`, () => {
  afterEach(() => {
    noticeActions.dismiss();
    useFiltersStore
      .getState()
      .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
  });

  it('starts from a valid view whatever the link and the remembered view hold', () => {
    fc.assert(
      fc.property(
        anySearch,
        fc.option(hostileStored(rememberedView), { nil: null }),
        (text, stored) => {
          noticeActions.dismiss();
          const win = fakeWindow(text, stored);
          const stop = startUrlSync(win);
          stop();
          const { filters } = useFiltersStore.getState();
          expectValidView(filters);
          if (hasFilterParams(text))
            expect(readIgnoredParams()).toEqual(
              dedupe(parseFilters(text).ignored),
            );
          expect(parseFilters(win.location.search)).toEqual({
            filters,
            ignored: [],
          });
        },
      ),
      hostileParameters,
    );
  });
});

function dedupe(items: readonly IgnoredParam[]): IgnoredParam[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
