import type { Chapter, ChapterId } from '@/api/schemas/sectors';

/** What the search reads of a chapter. */
export type SearchableChapter = Pick<Chapter, 'id' | 'name' | 'shortName'>;

/**
 * A query made only of digits and code separators is an HS code: `76`,
 * `7601`, `7601.10`, `7601 10 000`.
 */
const CODE_QUERY = /^[\d\s.-]+$/;

/**
 * Lower case, `ё` read as `е` (Russian official titles write «мед», our
 * short names «мёд»), and every run of punctuation or spaces as one break.
 */
function words(text: string): string[] {
  const normalized = text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * The chapter a code names: its first two digits. A single digit names none,
 * since `4` could be chapter 04 or any of 40-49.
 */
function codeChapter(digits: string): string | null {
  return digits.length >= 2 ? digits.slice(0, 2) : null;
}

function chapterWords(chapter: SearchableChapter): string[] {
  return [
    chapter.name.en,
    chapter.name.ru,
    chapter.name.kk,
    chapter.shortName.en,
    chapter.shortName.ru,
    chapter.shortName.kk,
  ].flatMap(words);
}

/**
 * Ids of the chapters an analyst's query names, in the order of `chapters`.
 *
 * A code query (`76`, `7601`, `7601.10`) names the chapter of its first two
 * digits; one digit names nothing. Otherwise each word of the query must be a
 * word of the chapter's official or short name in English, Russian or
 * Kazakh, ignoring case, punctuation and ё/е. Whole-word matches win: if any
 * chapter has every query word as a whole word, only those are returned
 * («бал», honey, is chapter 04, not every «балық» chapter); otherwise query
 * words match as word prefixes («алюмин» → 76). A number among other words
 * must be a chapter's code. Empty or punctuation-only queries match nothing.
 */
export function matchChapters(
  query: string,
  chapters: readonly SearchableChapter[],
): ChapterId[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if (CODE_QUERY.test(trimmed)) {
    const code = codeChapter(trimmed.replace(/\D/g, ''));
    return chapters.filter((c) => c.id === code).map((c) => c.id);
  }
  const tokens = words(trimmed);
  if (tokens.length === 0) return [];
  const indexed = chapters.map((chapter) => ({
    id: chapter.id,
    words: chapterWords(chapter),
  }));
  const matches = (
    entry: (typeof indexed)[number],
    token: string,
    wholeWord: boolean,
  ): boolean => {
    if (/^\d+$/.test(token)) return entry.id === codeChapter(token);
    return entry.words.some((word) =>
      wholeWord ? word === token : word.startsWith(token),
    );
  };
  const whole = indexed.filter((entry) =>
    tokens.every((token) => matches(entry, token, true)),
  );
  const found =
    whole.length > 0
      ? whole
      : indexed.filter((entry) =>
          tokens.every((token) => matches(entry, token, false)),
        );
  return found.map((entry) => entry.id);
}
