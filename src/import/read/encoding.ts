import type { RawTable, TextEncoding } from '../types';

export type DecodedText = {
  text: string;
  encoding: TextEncoding;
  encodingSource: NonNullable<RawTable['encodingSource']>;
};

/** How many bytes the letter score looks at: enough for the header and many rows. */
const SCORE_SAMPLE_BYTES = 256 * 1024;
/** UTF-8 with a few broken bytes must beat Windows-1251 clearly to be chosen. */
const UTF8_MARGIN = 0.1;

/**
 * Characters a trade table in Russian or Kazakh is made of: Russian and
 * Kazakh letters, Latin letters, digits and common punctuation. Windows-1252
 * mojibake of Cyrillic (`Ïåðèîä`) and Windows-1251 mojibake of UTF-8
 * (`РџРµСЂ`, half of it `џ‚ѓ„`) fall mostly outside this set.
 */
const EXPECTED =
  /[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіA-Za-z0-9.,;:!?'"()[\]{}<>%№/\\|*+=_#&@$€«»–—…-]/g;
const NON_SPACE = /\S/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Returns the share (0–1) of non-space characters in `text` that belong to
 * Russian or Kazakh words, Latin letters, digits or common punctuation; 0 for
 * text with no such characters. Text decoded with the right Cyrillic code
 * page scores close to 1; the wrong one gives accented-Latin or symbol
 * garbage that scores low.
 */
export function cyrillicScore(text: string): number {
  const total = count(text, NON_SPACE);
  return total === 0 ? 0 : count(text, EXPECTED) / total;
}

function bomOf(bytes: Uint8Array): TextEncoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string {
  // The decoder drops a byte-order mark of its own encoding; a forced
  // encoding may still leave one of another, which is never cell text.
  const text = new TextDecoder(encoding).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Returns the bytes as text with the encoding used and how it was decided:
 * the user's choice, a byte-order mark, a strict UTF-8 read, or else a
 * letter score between lossy UTF-8 and Windows-1251 (the only single-byte
 * code page the types allow; it wins ties since it loses no bytes). A
 * leading byte-order mark is removed from the text.
 */
export function decodeText(
  bytes: Uint8Array,
  forced?: TextEncoding,
): DecodedText {
  if (forced)
    return {
      text: decodeWith(bytes, forced),
      encoding: forced,
      encodingSource: 'user',
    };
  const bom = bomOf(bytes);
  if (bom)
    return {
      text: decodeWith(bytes, bom),
      encoding: bom,
      encodingSource: 'bom',
    };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null)
    return { text: utf8, encoding: 'utf-8', encodingSource: 'utf-8' };
  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES);
  const utf8Score = cyrillicScore(decodeWith(sample, 'utf-8'));
  const cp1251Score = cyrillicScore(decodeWith(sample, 'windows-1251'));
  const encoding: TextEncoding =
    utf8Score > cp1251Score + UTF8_MARGIN ? 'utf-8' : 'windows-1251';
  return {
    text: decodeWith(bytes, encoding),
    encoding,
    encodingSource: 'score',
  };
}
