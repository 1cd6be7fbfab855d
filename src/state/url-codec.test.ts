import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import {
  DEFAULT_FILTERS,
  type Filters,
  withoutRedundantChapters,
} from './filters';
import {
  hasFilterParams,
  migrateParams,
  parseFilters,
  type ReadonlyParams,
  serializeFilters,
  URL_MIGRATIONS,
  type UrlMigration,
} from './url-codec';
import { canonicalChapters, canonicalSectors } from './url-params';

describe('serializeFilters', () => {
  it('writes nothing for the default view, and keeps other params', () => {
    expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
    expect(
      serializeFilters(DEFAULT_FILTERS, '?lang=en&pair=KZ-10~RU-ALT'),
    ).toBe('?lang=en');
  });

  it('writes every filter in the documented order, with ~ and , literal', () => {
    expect(
      serializeFilters(
        {
          pair: 'KZ~RU-OMS',
          from: '2022-01',
          to: '2022-03',
          sectors: ['XVI', 'I', 'XVI'],
          chapters: ['76', '04', '76'],
          flow: 'import',
          compare: 'none',
          view: 'overview',
        },
        '?x=a,b~c d',
      ),
    ).toBe(
      '?pair=KZ~RU-OMS&from=2022-01&to=2022-03&sectors=I,XVI&chapters=04,76&flow=import&compare=none&view=overview&x=a,b~c%20d',
    );
  });

  it('writes only the differences, in the documented format, and keeps other params', () => {
    const filters: Filters = {
      ...DEFAULT_FILTERS,
      sectors: ['XVI', 'XV'],
      flow: 'export',
      compare: 'none',
    };
    expect(serializeFilters(filters, '?lang=kk&pair=KZ-10~RU-ALT')).toBe(
      '?sectors=XV,XVI&flow=export&compare=none&lang=kk',
    );
    expect(
      serializeFilters({
        ...DEFAULT_FILTERS,
        pair: 'KZ-55~RU-OMS',
        from: '2024-01',
        to: '2024-12',
      }),
    ).toBe('?pair=KZ-55~RU-OMS&from=2024-01&to=2024-12');
  });
});

describe('migrations', () => {
  /** A sample: `direction` was the first name of `flow`, `out` of `export`. */
  const renameDirection: UrlMigration = (params) => {
    const next = new URLSearchParams();
    for (const [name, value] of params)
      next.append(name === 'direction' ? 'flow' : name, value);
    return next;
  };
  const renameOut: UrlMigration = (params) => {
    const next = new URLSearchParams([...params]);
    if (next.get('flow') === 'out') next.set('flow', 'export');
    return next;
  };

  it('runs in order, each on the result of the one before, editing none', () => {
    const seen: ReadonlyParams[] = [];
    const watch =
      (migrate: UrlMigration): UrlMigration =>
      (params) => {
        seen.push(params);
        return migrate(params);
      };
    const migrations = [watch(renameDirection), watch(renameOut)];
    expect(parseFilters('?direction=out&lang=kk', migrations)).toEqual({
      filters: { ...DEFAULT_FILTERS, flow: 'export' },
      ignored: [],
    });
    expect(seen.map(String)).toEqual([
      'direction=out&lang=kk',
      'flow=out&lang=kk',
    ]);
    expect(migrateParams('?direction=out', migrations).toString()).toBe(
      'flow=export',
    );
  });

  it('lets an old link count as a link and be rewritten in the current format', () => {
    const migrations = [renameDirection, renameOut];
    expect(hasFilterParams('?direction=import', migrations)).toBe(true);
    expect(hasFilterParams('?direction=import')).toBe(false);
    expect(
      serializeFilters(
        { ...DEFAULT_FILTERS, flow: 'export' },
        '?direction=out&lang=kk',
        migrations,
      ),
    ).toBe('?flow=export&lang=kk');
  });

  it('has none yet: today every link is read as it is', () => {
    expect(URL_MIGRATIONS).toEqual([]);
    expect(migrateParams('?direction=out').toString()).toBe('direction=out');
  });
});

describe('hasFilterParams', () => {
  it.each([
    ['', false],
    ['?lang=kk', false],
    ['?lang=kk&sectors=', true],
    ['?compare=none', true],
  ])('says whether %j names a filter: %s', (search, expected) => {
    expect(hasFilterParams(search)).toBe(expected);
  });
});

describe('parseFilters', () => {
  it('reads a shared link exactly', () => {
    const { filters, ignored } = parseFilters(
      '?pair=KZ-63~RU-AL&from=2022-03&to=2022-11&sectors=XV,XVI&chapters=04&flow=import&compare=none',
    );
    expect(filters).toEqual({
      pair: 'KZ-63~RU-AL',
      from: '2022-03',
      to: '2022-11',
      sectors: ['XV', 'XVI'],
      chapters: ['04'],
      flow: 'import',
      compare: 'none',
      view: 'pair',
    });
    expect(ignored).toEqual([]);
  });

  it.each([
    [
      '?pair=<script>',
      [{ param: 'pair', value: '<script>', reason: 'invalid' }],
    ],
    ['?from=2023-13', [{ param: 'from', value: '2023-13', reason: 'invalid' }]],
    [
      '?flow=sideways&compare=maybe',
      [
        { param: 'flow', value: 'sideways', reason: 'invalid' },
        { param: 'compare', value: 'maybe', reason: 'invalid' },
      ],
    ],
    [
      '?from=2023-09&to=2023-02',
      [
        { param: 'from', value: '2023-09', reason: 'range' },
        { param: 'to', value: '2023-02', reason: 'range' },
      ],
    ],
    ['?from=2024-01', [{ param: 'from', value: '2024-01', reason: 'range' }]],
    ['?to=2022-12', [{ param: 'to', value: '2022-12', reason: 'range' }]],
    [
      '?compare=maybe&to=2022-x&from=2024-01&pair=',
      [
        { param: 'pair', value: '', reason: 'invalid' },
        { param: 'to', value: '2022-x', reason: 'invalid' },
        { param: 'from', value: '2024-01', reason: 'range' },
        { param: 'compare', value: 'maybe', reason: 'invalid' },
      ],
    ],
    ['?sectors=XXX', [{ param: 'sectors', value: 'XXX', reason: 'invalid' }]],
    [
      '?sectors=&lang=kk&flow=',
      [{ param: 'flow', value: '', reason: 'invalid' }],
    ],
  ])(
    'drops the bad parts of %s, keeps defaults and says why',
    (search, expected) => {
      const { filters, ignored } = parseFilters(search);
      expect(ignored).toEqual(expected);
      expect(filters).toEqual(DEFAULT_FILTERS);
    },
  );

  it('reads the first of a repeated parameter and reports the others that differ', () => {
    // Found by the hostile-input property: the second pair vanished unreported.
    expect(
      parseFilters('?pair=KZ-63~RU-ALT&pair=KZ-15~RU&flow=import&flow=import'),
    ).toEqual({
      filters: { ...DEFAULT_FILTERS, flow: 'import' },
      ignored: [{ param: 'pair', value: 'KZ-15~RU', reason: 'repeated' }],
    });
    const many = parseFilters(`?flow=up${'&flow=down'.repeat(200_000)}`);
    expect(many.ignored).toHaveLength(200_001);
    // An empty first list means no list; what follows is still reported.
    expect(parseFilters('?chapters&chapters=01').ignored).toEqual([
      { param: 'chapters', value: '01', reason: 'repeated' },
    ]);
  });

  it('keeps the known sectors of a list and reports the unknown ones', () => {
    const { filters, ignored } = parseFilters('?sectors=XVI,XXX,I,XVI,%3Cb%3E');
    expect(filters.sectors).toEqual(['I', 'XVI']);
    expect(ignored.map((i) => i.value)).toEqual(['XXX', '<b>']);
  });

  it('reads chapters as sorted two-digit codes and reports the unknown ones', () => {
    const { filters, ignored } = parseFilters(
      '?chapters=76,04,76,77,7601,4,ab',
    );
    expect(filters.chapters).toEqual(['04', '76']);
    expect(ignored).toEqual(
      ['77', '7601', '4', 'ab'].map((value) => ({
        param: 'chapters',
        value,
        reason: 'invalid',
      })),
    );
    expect(serializeFilters(filters)).toBe('?chapters=04,76');
  });

  it('drops a chapter whose section the link also chooses, and says so', () => {
    const { filters, ignored } = parseFilters(
      '?sectors=XV&chapters=04,72,76&flow=oops',
    );
    expect(filters.sectors).toEqual(['XV']);
    expect(filters.chapters).toEqual(['04']);
    // In the link's order: the chapters' reports, then the direction's.
    expect(ignored).toEqual([
      { param: 'chapters', value: '72', reason: 'redundant' },
      { param: 'chapters', value: '76', reason: 'redundant' },
      { param: 'flow', value: 'oops', reason: 'invalid' },
    ]);
    expect(serializeFilters(filters)).toBe('?sectors=XV&chapters=04');
  });

  it('round-trips every valid view through the URL unchanged', () => {
    const month = fc
      .record({
        y: fc.integer({ min: 2021, max: 2024 }),
        m: fc.integer({ min: 1, max: 12 }),
      })
      .map(({ y, m }) => `${String(y)}-${String(m).padStart(2, '0')}`);
    const view = fc
      .record({
        pair: fc.constantFrom(
          'KZ-63~RU-ALT',
          'KZ-63~RU-AL',
          'KZ-10~RU-ALT',
          'KZ-27~RU-SAR',
        ),
        a: month,
        b: month,
        sectors: fc.subarray([...SECTOR_IDS]),
        chapters: fc.subarray([...CHAPTER_IDS]),
        flow: fc.constantFrom(
          'all' as const,
          'export' as const,
          'import' as const,
        ),
        compare: fc.constantFrom('prev' as const, 'none' as const),
        view: fc.constantFrom('pair' as const, 'overview' as const),
        lang: fc.constantFrom(undefined, 'kk'),
      })
      .map(({ a, b, lang, ...rest }) => ({
        // Any valid filter: sections with the chapters they do not cover.
        filters: withoutRedundantChapters({
          ...rest,
          from: a < b ? a : b,
          to: a < b ? b : a,
          sectors: canonicalSectors(rest.sectors),
          chapters: canonicalChapters(rest.chapters),
        }),
        base: lang ? `?lang=${lang}` : '',
      }));
    fc.assert(
      fc.property(view, ({ filters, base }) => {
        const search = serializeFilters(filters, base);
        const parsed = parseFilters(search);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.filters).toEqual(filters);
        if (base) expect(new URLSearchParams(search).get('lang')).toBe('kk');
      }),
    );
  });
});
