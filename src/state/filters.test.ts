import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SECTOR_IDS } from '@/api/schemas/common';
import { CHAPTER_IDS, CHAPTER_SECTION } from '@/api/schemas/sectors';
import {
  changedFilterCount,
  chapterIncluded,
  DEFAULT_FILTERS,
  type Filters,
  redundantChapters,
  type SectorSelection,
  toggleChapterIn,
  toggleSectorIn,
  withoutRedundantChapters,
} from './filters';

describe('changedFilterCount', () => {
  it.each<[string, Partial<Filters>, number]>([
    ['the defaults', {}, 0],
    [
      'a period, counted once for both ends',
      { from: '2022-01', to: '2022-12' },
      1,
    ],
    ['only the end of the period', { to: '2023-12' }, 1],
    ['a pair', { pair: 'KZ-55~RU-OMS' }, 1],
    ['sectors', { sectors: ['II', 'XV'] }, 1],
    [
      'sectors and chapters, as one filter',
      { sectors: ['II'], chapters: ['76'] },
      1,
    ],
    ['direction and comparison', { flow: 'export', compare: 'none' }, 2],
    [
      'everything',
      {
        pair: 'KZ-55~RU-OMS',
        to: '2023-12',
        sectors: ['I'],
        flow: 'import',
        compare: 'none',
      },
      5,
    ],
  ])('counts %s as %i', (_, change, expected) => {
    expect(changedFilterCount({ ...DEFAULT_FILTERS, ...change })).toBe(
      expected,
    );
  });
});

describe('the sector filter of sections and chapters', () => {
  const none: SectorSelection = { sectors: [], chapters: [] };

  it('adds and removes a chapter', () => {
    const honey = toggleChapterIn(none, '04');
    expect(honey).toEqual({ sectors: [], chapters: ['04'] });
    expect(toggleChapterIn(honey, '04')).toEqual(none);
  });

  it('lets a chosen section take in its chapters', () => {
    const chosen: SectorSelection = {
      sectors: [],
      chapters: ['04', '76', '72'],
    };
    expect(toggleSectorIn(chosen, 'XV')).toEqual({
      sectors: ['XV'],
      chapters: ['04'],
    });
  });

  it('narrows a chosen section to the one chapter clicked under it', () => {
    expect(
      toggleChapterIn({ sectors: ['I', 'XV'], chapters: [] }, '76'),
    ).toEqual({
      sectors: ['I'],
      chapters: ['76'],
    });
  });

  it('counts a chapter as included through its section', () => {
    expect(chapterIncluded({ sectors: ['XV'], chapters: [] }, '76')).toBe(true);
    expect(chapterIncluded({ sectors: ['XV'], chapters: [] }, '04')).toBe(
      false,
    );
    expect(chapterIncluded({ sectors: [], chapters: ['04'] }, '04')).toBe(true);
  });

  it('never keeps a redundant chapter, whatever the clicks', () => {
    const click = fc.oneof(
      fc.record({ section: fc.constantFrom(...SECTOR_IDS) }),
      fc.record({ chapter: fc.constantFrom(...CHAPTER_IDS) }),
    );
    fc.assert(
      fc.property(fc.array(click, { maxLength: 30 }), (clicks) => {
        const end = clicks.reduce<SectorSelection>(
          (selection, c) =>
            'section' in c
              ? toggleSectorIn(selection, c.section)
              : toggleChapterIn(selection, c.chapter),
          none,
        );
        expect(redundantChapters(end)).toEqual([]);
        expect(withoutRedundantChapters(end)).toBe(end);
        expect(new Set(end.chapters).size).toBe(end.chapters.length);
        for (const c of end.chapters)
          expect(end.sectors).not.toContain(CHAPTER_SECTION[c]);
      }),
    );
  });
});
