import { SECTOR_IDS, type SectorId } from '@/api/schemas/common';
import { CHAPTER_IDS, type ChapterId } from '@/api/schemas/sectors';
import type { RawCell } from '@/import/types';

export type ParsedProduct =
  | { kind: 'chapter'; code: string; chapter: ChapterId }
  | { kind: 'section'; section: SectorId };

const CHAPTERS: ReadonlySet<string> = new Set(CHAPTER_IDS);
const SECTIONS: ReadonlySet<string> = new Set(SECTOR_IDS);

/** `Раздел XV`, `Section XV`, `XV бөлім`, `XV` (Cyrillic Х and І read as Latin). */
const SECTION =
  /^(?:(?:раздел|разд|section|sect|бөлім)\.?\s*)?([IVXivxХхІі]{1,5})\.?(?:\s*(?:бөлім|бөлімі|раздел))?$/iu;

/** What may follow a code: its name, after a space or a dash (`76 Алюминий`, `76 – Алюминий`). */
const NAME_AFTER_CODE = /^(?:[-–—:]\s*)?[\p{L}(«"]/u;

function isCodeChar(code: number): boolean {
  // digits, `.`, space, no-break and narrow no-break space, `'`
  return (
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 39
  );
}

function fromDigits(digits: string): ParsedProduct | null {
  // Spreadsheets drop the leading zero of `0401`; HS codes have an even
  // number of digits, so an odd count gets it back.
  const code = digits.length % 2 === 1 ? `0${digits}` : digits;
  if (code.length < 2 || code.length > 10) return null;
  const chapter = code.slice(0, 2);
  if (!CHAPTERS.has(chapter)) return null;
  return { kind: 'chapter', code, chapter: chapter as ChapterId };
}

/**
 * A product cell: a TN VED / HS code of 2–10 digits (`0401`, `'0401`,
 * `0401.10`, `0401 10 000 0`, `"76"`), optionally followed by its name
 * (`76 Алюминий и изделия из него`), or a section numeral I–XXI
 * (`XV`, `Раздел XV`, `Section XV`, `XV бөлім`). An odd number of digits
 * (a spreadsheet's `401`) gets its leading zero back: `0401`. The chapter is
 * the first two digits and must be an HS chapter (not 77, not 99). Null
 * otherwise.
 */
export function parseProduct(cell: RawCell): ParsedProduct | null {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell >= 1e10) return null;
    return fromDigits(String(cell));
  }
  let text = cell.trim();
  // Leading and trailing quotes (`'0401`, `"0401"`, `«76»`).
  text = text.replace(/^["'«“„`]+|["'»”`]+$/g, '').trim();
  if (text === '') return null;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    let digits = '';
    let i = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isCodeChar(code)) break;
      if (code >= 48 && code <= 57) digits += text.charAt(i);
    }
    // After the code only its name may follow, starting with a letter or a dash.
    if (i < text.length) {
      if (!NAME_AFTER_CODE.test(text.slice(i))) return null;
    }
    return fromDigits(digits);
  }
  const section = SECTION.exec(text);
  if (section) {
    const roman = (section[1] ?? '')
      .toUpperCase()
      .replace(/Х/g, 'X')
      .replace(/І/g, 'I');
    if (SECTIONS.has(roman))
      return { kind: 'section', section: roman as SectorId };
  }
  return null;
}
