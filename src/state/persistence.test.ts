import { describe, expect, it } from 'vitest';
import { brokenStorage, memoryStorage } from '@/test/storage';
import { DEFAULT_FILTERS } from './filters';
import {
  loadView,
  saveView,
  VIEW_MIGRATIONS,
  type ViewMigration,
} from './persistence';

describe('view persistence', () => {
  it('gives back the view it saved', () => {
    const storage = memoryStorage();
    const view = {
      ...DEFAULT_FILTERS,
      flow: 'import' as const,
      sectors: ['II' as const],
    };
    saveView(storage, view);
    expect(loadView(storage)).toEqual(view);
  });

  it('still loads a view saved by earlier releases, and saves it in the current format', () => {
    const filters = {
      pair: 'KZ-55~RU-OMS',
      from: '2022-01',
      to: '2022-12',
      sectors: ['XV'],
      flow: 'export',
      compare: 'none',
    };
    // Version 1 had no chapters.
    const storage = memoryStorage({
      'btd.view': JSON.stringify({ version: 1, filters }),
    });
    const view = loadView(storage);
    expect(view).toEqual({ ...filters, chapters: [], view: 'pair' });
    if (view) saveView(storage, view);
    expect(JSON.parse(storage.getItem('btd.view') ?? 'null')).toEqual({
      version: 3,
      filters: { ...filters, chapters: [], view: 'pair' },
    });
  });

  it('upgrades an older stored view step by step before checking it', () => {
    const migrations: Record<number, ViewMigration> = {
      ...VIEW_MIGRATIONS,
      // A sample version 0: bare filters, the direction under an old name.
      0: ({ direction, ...filters }) => ({
        version: 1,
        filters: { ...filters, flow: direction },
      }),
    };
    const storage = memoryStorage({
      'btd.view': JSON.stringify({
        pair: 'KZ-63~RU-ALT',
        from: '2023-01',
        to: '2023-08',
        sectors: [],
        direction: 'import',
        compare: 'prev',
      }),
    });
    expect(loadView(storage, migrations)).toEqual({
      ...DEFAULT_FILTERS,
      flow: 'import',
    });
    expect(loadView(storage)).toBeNull();
  });

  it('drops a stored view whose migration does not move it forward', () => {
    const stuck: Record<number, ViewMigration> = { 3: (value) => value };
    const storage = memoryStorage();
    saveView(storage, DEFAULT_FILTERS);
    expect(loadView(storage, stuck)).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    [
      'an unknown version',
      JSON.stringify({ version: 99, filters: DEFAULT_FILTERS }),
    ],
    ['no version', JSON.stringify(DEFAULT_FILTERS)],
    [
      'a bad field',
      JSON.stringify({
        version: 1,
        filters: { ...DEFAULT_FILTERS, flow: 'up' },
      }),
    ],
    ['null', 'null'],
  ])('falls back to nothing, without throwing, for %s', (_, raw) => {
    expect(loadView(memoryStorage({ 'btd.view': raw }))).toBeNull();
  });

  it('repairs a stored view whose period ends before it starts: the default period, the rest kept', () => {
    const storage = memoryStorage({
      'btd.view': JSON.stringify({
        version: 3,
        filters: {
          ...DEFAULT_FILTERS,
          pair: 'KZ-55~RU-OMS',
          from: '2024-06',
          to: '2023-02',
          flow: 'export',
        },
      }),
    });
    expect(loadView(storage)).toEqual({
      ...DEFAULT_FILTERS,
      pair: 'KZ-55~RU-OMS',
      flow: 'export',
    });
  });

  it('loads stored lists in canonical form, without a chapter its section covers', () => {
    // Found by the hostile-input property: `["I","I"]` became the state.
    const storage = memoryStorage({
      'btd.view': JSON.stringify({
        version: 1,
        filters: {
          ...DEFAULT_FILTERS,
          sectors: ['XV', 'I', 'I'],
          chapters: undefined,
        },
      }),
    });
    expect(loadView(storage)?.sectors).toEqual(['I', 'XV']);
    saveView(storage, {
      ...DEFAULT_FILTERS,
      sectors: ['XV'],
      chapters: ['76', '04', '04'],
    });
    expect(loadView(storage)).toMatchObject({
      sectors: ['XV'],
      chapters: ['04'],
    });
  });

  it('survives a storage that throws', () => {
    expect(loadView(brokenStorage)).toBeNull();
    expect(() => {
      saveView(brokenStorage, DEFAULT_FILTERS);
    }).not.toThrow();
  });
});
