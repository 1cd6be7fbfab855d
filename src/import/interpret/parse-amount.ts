import type { RawCell } from '@/import/types';

export type ParsedAmount =
  | { kind: 'number'; value: number }
  | { kind: 'marker'; status: 'none' | 'confidential' | 'unavailable' }
  | { kind: 'empty' }
  | { kind: 'invalid' };

const EMPTY: ParsedAmount = { kind: 'empty' };
const INVALID: ParsedAmount = { kind: 'invalid' };
const NONE: ParsedAmount = { kind: 'marker', status: 'none' };
const CONFIDENTIAL: ParsedAmount = { kind: 'marker', status: 'confidential' };
const UNAVAILABLE: ParsedAmount = { kind: 'marker', status: 'unavailable' };

/** The markers of statistics tables, compared in lower case. */
const MARKERS: ReadonlyMap<string, ParsedAmount> = new Map([
  ['-', NONE],
  ['–', NONE],
  ['—', NONE],
  ['−', NONE],
  ['x', CONFIDENTIAL],
  ['х', CONFIDENTIAL],
  ['…', UNAVAILABLE],
  ['..', UNAVAILABLE],
  ['...', UNAVAILABLE],
  ['н/д', UNAVAILABLE],
  ['н.д.', UNAVAILABLE],
  ['n/a', UNAVAILABLE],
]);

const SIMPLE_INTEGER = /^-?\d{1,15}$/;
const SIMPLE_DECIMAL = /^-?\d{1,15}[.,]\d{1,15}$/;
const EXPONENT = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

function isGroupSpace(code: number): boolean {
  // space, no-break, narrow no-break, thin space, apostrophe, right single quote
  return (
    code === 32 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 39 ||
    code === 0x2019
  );
}

/**
 * An amount cell. Spreadsheet numbers pass through; text is read with a
 * decimal comma or point and spaces (also U+00A0, U+202F), `'` or the
 * other mark as thousands separators:
 *
 * - `1 234,5`, `1.234,5`, `1,234.5`: with two kinds of mark the last one is
 *   the decimal; thousands groups must have exactly 3 digits.
 * - `1.234.567`, `1,234,567`: one mark used twice is a thousands separator.
 * - `1234,5`, `1234.5`, `0,125`: one mark once is a decimal, except
 *   `1,234`, `12,345`, `123,456` (a comma, 1–3 digits not starting with 0
 *   before it and exactly 3 after), read as thousands (1234). A lone point is
 *   always a decimal (`1.234` is 1.234): that is how both English and
 *   Russian-style files that group with spaces write it.
 * - `-` (hyphen-minus) or `−` (U+2212) before the digits: negative.
 *
 * Markers: `-`, `–`, `—` no flow; `x`, `х`, `X`, `Х` confidential; `…`,
 * `..`, `...`, `н/д`, `n/a` not available. Whitespace only: empty.
 */
export function parseAmount(cell: RawCell): ParsedAmount {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { kind: 'number', value: cell } : INVALID;
  }
  // Fast path: most cells of a machine-written file are plain numbers.
  if (SIMPLE_INTEGER.test(cell)) return { kind: 'number', value: Number(cell) };
  if (SIMPLE_DECIMAL.test(cell)) return simpleDecimal(cell);
  const text = cell.replace(/^[\s\u00a0\u202f\ufeff]+|[\s\u00a0\u202f]+$/g, '');
  if (text === '') return EMPTY;
  if (text.length <= 4) {
    const marker = MARKERS.get(text.toLowerCase());
    if (marker) return marker;
  }
  if (SIMPLE_INTEGER.test(text)) return { kind: 'number', value: Number(text) };
  if (SIMPLE_DECIMAL.test(text)) return simpleDecimal(text);
  if (EXPONENT.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { kind: 'number', value } : INVALID;
  }
  const value = parseGrouped(text);
  return value === null ? INVALID : { kind: 'number', value };
}

function simpleDecimal(text: string): ParsedAmount {
  const comma = text.indexOf(',');
  if (comma < 0) return { kind: 'number', value: Number(text) };
  const sign = text.charCodeAt(0) === 45 ? 1 : 0;
  const intLength = comma - sign;
  const fractionLength = text.length - comma - 1;
  // `1,234`: a thousands comma, see above.
  const thousands =
    fractionLength === 3 && intLength <= 3 && text[sign] !== '0';
  return {
    kind: 'number',
    value: Number(thousands ? text.replace(',', '') : text.replace(',', '.')),
  };
}

type Mark = 's' | '.' | ',';

/** Digits with thousands and decimal marks; null when it is not a number. */
function parseGrouped(text: string): number | null {
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = true;
    i = 1;
  } else if (first === 43) {
    i = 1;
  }
  // Spaces between the sign and the digits are allowed (`- 5`).
  while (
    i < text.length &&
    isGroupSpace(text.charCodeAt(i)) &&
    text[i] !== "'"
  ) {
    i++;
  }
  const groups: string[] = [];
  const marks: Mark[] = [];
  let current = '';
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      current += text.charAt(i);
      continue;
    }
    let mark: Mark;
    if (code === 46) mark = '.';
    else if (code === 44) mark = ',';
    else if (isGroupSpace(code)) mark = 's';
    else return null;
    // Runs of spaces count as one separator.
    if (mark === 's' && current === '' && marks[marks.length - 1] === 's')
      continue;
    groups.push(current);
    marks.push(mark);
    current = '';
  }
  groups.push(current);
  if (marks.length === 0) {
    return current === '' ? null : signed(Number(current), negative);
  }

  const last = marks[marks.length - 1] as Mark;
  let decimalAt = -1;
  if (last !== 's') {
    const sameCount = marks.filter((m) => m === last).length;
    const otherKinds = marks.some((m) => m !== last);
    if (sameCount === 1) {
      if (otherKinds || last === '.') decimalAt = marks.length - 1;
      else {
        const before = groups[0] ?? '';
        const after = groups[1] ?? '';
        const thousands =
          after.length === 3 &&
          before.length >= 1 &&
          before.length <= 3 &&
          before[0] !== '0';
        if (!thousands) decimalAt = marks.length - 1;
      }
    }
  }
  const intGroups = decimalAt >= 0 ? groups.slice(0, decimalAt + 1) : groups;
  const intMarks = decimalAt >= 0 ? marks.slice(0, decimalAt) : marks;
  const fraction = decimalAt >= 0 ? (groups[decimalAt + 1] ?? '') : '';
  if (decimalAt >= 0 && fraction === '') return null;
  // Thousands marks must all be of one kind.
  const kind = intMarks[0];
  if (intMarks.some((m) => m !== kind)) return null;
  let digits = '';
  for (let g = 0; g < intGroups.length; g++) {
    const group = intGroups[g] ?? '';
    if (g === 0) {
      if (group.length > 3 && intGroups.length > 1) return null;
      if (group === '' && intGroups.length > 1) return null;
    } else if (group.length !== 3) {
      return null;
    }
    digits += group;
  }
  if (digits === '' && fraction === '') return null;
  const value = Number(`${digits === '' ? '0' : digits}.${fraction || '0'}`);
  return Number.isFinite(value) ? signed(value, negative) : null;
}

function signed(value: number, negative: boolean): number {
  return negative ? -value : value;
}
