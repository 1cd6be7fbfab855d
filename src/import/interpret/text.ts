/**
 * Text helpers shared by the parsers: one normal form for words, so that
 * «Восточно-Казахстанская обл.», "ВОСТОЧНО КАЗАХСТАНСКАЯ" and
 * `vostochno_kazakhstanskaya` compare by their letters only.
 */
import type { RawCell } from '@/import/types';

/** A cell as trimmed text; '' for empty cells and non-finite numbers. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? String(cell) : '';
  return cell.trim();
}

/** True for null and for text that is only whitespace. */
export function isBlank(cell: RawCell): boolean {
  if (cell === null) return true;
  if (typeof cell === 'number') return false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x202f && c !== 0x2009 && c !== 0xfeff) {
      return false;
    }
  }
  return true;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case, `ё` as `е`, every run of anything but letters and digits
 * (punctuation, quotes, underscores, dashes, spaces) as one space, trimmed.
 */
export function normalizeWords(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(NOT_WORD, ' ').trim();
}

/** The normal form split into words; [] for blank text. */
export function words(text: string): string[] {
  const n = normalizeWords(text);
  return n === '' ? [] : n.split(' ');
}

/**
 * A small bounded memo for parsers called once per cell: files repeat the
 * same few hundred region names, months and codes, so the cache absorbs
 * most calls; it is cleared when full so memory stays bounded on files of
 * unique strings.
 */
export function memo<T>(
  fn: (text: string) => T,
  limit = 20_000,
): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
