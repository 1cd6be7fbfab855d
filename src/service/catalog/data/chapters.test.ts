// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { column, readSourceCsv as readCsv } from '@/test/source-csv';
import {
  CHAPTER_IDS,
  CHAPTER_SECTION,
  chapterSchema,
} from '@/api/schemas/sectors';
import { CHAPTERS } from './chapters';
import { sectorsResponse } from './sectors';

/** Letters Kazakh Cyrillic has and Russian does not. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

const csvRows = readCsv('hs_chapters.csv');
/** Chapter 77 is reserved in the HS and classifies no goods. */
const goodsRows = csvRows.filter((row) => column(row, 'chapter') !== '77');

describe('HS chapters against hs_chapters.csv', () => {
  test('the CSV holds chapters 01 to 97, 77 among them as reserved', () => {
    expect(csvRows.map((row) => column(row, 'chapter'))).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const reserved = csvRows.find((row) => column(row, 'chapter') === '77');
    expect(reserved && column(reserved, 'name_en')).toMatch(/^\(Reserved/);
  });

  test.each(goodsRows.map((row) => [column(row, 'chapter'), row] as const))(
    'chapter %s carries the CSV section, titles and short names',
    (id, row) => {
      const chapter = CHAPTERS.find((c) => c.id === id);
      expect(chapter).toBeDefined();
      expect(chapter?.section).toBe(column(row, 'section'));
      // The contract's fixed nomenclature agrees with the source table.
      expect(CHAPTER_SECTION[id as (typeof CHAPTER_IDS)[number]]).toBe(
        column(row, 'section'),
      );
      expect(chapter?.name.en).toBe(column(row, 'name_en'));
      expect(chapter?.name.ru).toBe(column(row, 'name_ru'));
      expect(chapter?.shortName.en).toBe(column(row, 'short_en'));
      expect(chapter?.shortName.ru).toBe(column(row, 'short_ru'));
      // Every title has a source in the CSV; the files are cited once, in the meta.
      expect(column(row, 'source_en')).toContain('WCO HS Nomenclature 2022');
      expect(column(row, 'source_ru')).toContain('TN VED EAEU');
      // No official Kazakh title exists: the CSV has none, ours is flagged.
      expect(column(row, 'name_kk')).toBe('');
      expect(chapter?.kkUnofficial).toBe(true);
    },
  );

  test('the catalogue has every goods chapter of the CSV and nothing else', () => {
    expect(CHAPTERS).toHaveLength(96);
    expect(CHAPTERS.map((c) => c.id)).toEqual(
      goodsRows.map((row) => column(row, 'chapter')),
    );
  });
});

describe('HS chapters catalogue', () => {
  test('leaves out the reserved chapter 77', () => {
    expect(CHAPTERS.some((c) => c.id === ('77' as string))).toBe(false);
    expect(CHAPTER_IDS).not.toContain('77');
  });

  test('ids are unique, sorted and exactly CHAPTER_IDS', () => {
    const ids = CHAPTERS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual([...CHAPTER_IDS]);
  });

  test.each(sectorsResponse.sectors.map((s) => [s.id, s.chapters] as const))(
    'section %s spans chapters %s',
    (sectionId, range) => {
      const ids = CHAPTERS.filter((c) => c.section === sectionId).map(
        (c) => c.id,
      );
      const [first, last = first] = range.split('-');
      // 77 is inside section XV's range (72-83) but is not a chapter.
      const expected = CHAPTER_IDS.filter(
        (id) =>
          first !== undefined &&
          last !== undefined &&
          id >= first &&
          id <= last,
      );
      expect(ids).toEqual(expected);
    },
  );

  test('every chapter has Kazakh names that are not the English ones', () => {
    for (const chapter of CHAPTERS) {
      expect(chapter.name.kk.trim()).not.toBe('');
      expect(chapter.shortName.kk.trim()).not.toBe('');
      expect(chapter.name.kk).not.toBe(chapter.name.en);
      expect(chapter.shortName.kk).not.toBe(chapter.shortName.en);
    }
  });

  test('every Kazakh title uses Kazakh letters; loanword short names may not', () => {
    for (const chapter of CHAPTERS) {
      expect(chapter.name.kk, chapter.id).toMatch(KAZAKH_LETTERS);
    }
    // Short names such as «Алюминий» or «Керамика» are the same word in
    // Kazakh, so only most of them show a Kazakh letter.
    const withKazakhLetters = CHAPTERS.filter((c) =>
      KAZAKH_LETTERS.test(c.shortName.kk),
    );
    expect(withKazakhLetters.length).toBeGreaterThan(CHAPTERS.length * 0.8);
  });

  test.each([
    ['04', 'Сүт өнімдері; құс жұмыртқасы; табиғи бал;'],
    ['10', 'Дәнді дақылдар'],
    ['76', 'Алюминий және одан жасалған бұйымдар'],
    ['86', 'Темір жол локомотивтері'],
  ])('chapter %s is named %s… in Kazakh', (id, start) => {
    expect(CHAPTERS.find((c) => c.id === id)?.name.kk.startsWith(start)).toBe(
      true,
    );
  });

  test('Kazakh short names fit a chart label, 24 characters, but for one', () => {
    const long = CHAPTERS.filter((c) => c.shortName.kk.length > 24).map(
      (c) => c.id,
    );
    expect(long).toEqual(['90']);
  });

  test('every chapter parses with chapterSchema', () => {
    for (const chapter of CHAPTERS) {
      expect(chapterSchema.safeParse(chapter).success, chapter.id).toBe(true);
    }
  });
});
