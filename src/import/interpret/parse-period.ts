import type { Month } from '@/api/schemas/common';
import type { RawCell } from '@/import/types';

export type ParsedPeriod =
  | { kind: 'month'; month: Month; preliminary: boolean }
  | { kind: 'aggregate'; label: string };

/**
 * What an aggregate covers, for the control totals of wide tables: every
 * month (`Всего`), a year, a quarter, a half-year or a range of months, of
 * one year or (without one) of any year.
 */
export type PeriodSpan =
  | { kind: 'total' }
  | { kind: 'months'; year: number | null; from: number; to: number };

/**
 * The years a period may name: wider than any trade statistics, narrow
 * enough that a garbled cell is not read as a date. Whatever keeps imported
 * records (the browser's store) holds them to the same range.
 */
export const PERIOD_YEARS = { first: 1900, last: 2199 } as const;

/** Month words of Russian (common cases and abbreviations), English and Kazakh. */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const table: [number, string][] = [];
  const add = (month: number, list: string) => {
    for (const word of list.split(' ')) table.push([month, word]);
  };
  add(1, 'январь января январе январю янв january jan қаңтар қаңтардағы');
  add(2, 'февраль февраля феврале февралю фев февр february feb ақпан');
  add(3, 'март марта марте марту мар march mar наурыз');
  add(4, 'апрель апреля апреле апрелю апр april apr сәуір');
  add(5, 'май мая мае маю may мамыр');
  add(6, 'июнь июня июне июню июн june jun маусым');
  add(7, 'июль июля июле июлю июл july jul шілде');
  add(8, 'август августа августе августу авг august aug тамыз');
  add(
    9,
    'сентябрь сентября сентябре сентябрю сен сент september sep sept қыркүйек',
  );
  add(10, 'октябрь октября октябре октябрю окт october oct қазан');
  add(11, 'ноябрь ноября ноябре ноябрю ноя нояб november nov қараша');
  add(12, 'декабрь декабря декабре декабрю дек december dec желтоқсан');
  return new Map(table.map(([month, word]) => [word, month]));
})();

/** Words that may stand beside a month and its year. */
const YEAR_WORDS = new Set([
  'г',
  'год',
  'года',
  'году',
  'гг',
  'ж',
  'жыл',
  'жылы',
  'жылғы',
  'year',
]);
const TOTAL_WORDS = new Set(['всего', 'итого', 'total', 'барлығы', 'жиыны']);
const QUARTER_WORDS = new Set(['квартал', 'кв', 'тоқсан', 'quarter', 'qtr']);
const HALF_WORDS = new Set([
  'полугодие',
  'полугодия',
  'полуг',
  'жартыжылдық',
  'half',
]);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ t]\d.*)?$/;
const YEAR_M = /^(\d{4})m(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const YEAR_QUARTER = /^(\d{4})\s*(q|h)([1-4])$/;
const LETTER_QUARTER = /^(q|h)([1-4])$/;

type MonthPeriod = { kind: 'month'; month: Month; preliminary: boolean };

function month(
  year: number,
  m: number,
  preliminary: boolean,
): MonthPeriod | null {
  if (m < 1 || m > 12 || year < PERIOD_YEARS.first || year > PERIOD_YEARS.last)
    return null;
  return {
    kind: 'month',
    month: `${year}-${m < 10 ? '0' : ''}${m}`,
    preliminary,
  };
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

type Classified =
  | MonthPeriod
  | { kind: 'aggregate'; label: string; span: PeriodSpan | null }
  | null;

/**
 * A period cell or header: a month, an aggregate (quarter, half-year, year,
 * range of months, total) or null. A trailing `*` or `*)` marks a
 * preliminary figure. Two-digit years are 20YY. Spreadsheet numbers: a
 * year (2024) is an aggregate, `202401` a month.
 */
export function parsePeriod(cell: RawCell): ParsedPeriod | null {
  const result = classifyPeriod(cell);
  if (result === null || result.kind === 'month') return result;
  return { kind: 'aggregate', label: result.label };
}

/** What an aggregate period header covers; null for months and non-periods. */
export function periodSpan(cell: RawCell): PeriodSpan | null {
  const result = classifyPeriod(cell);
  return result?.kind === 'aggregate' ? result.span : null;
}

function classifyPeriod(cell: RawCell): Classified {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return null;
    if (cell >= PERIOD_YEARS.first && cell <= PERIOD_YEARS.last) {
      return {
        kind: 'aggregate',
        label: String(cell),
        span: { kind: 'months', year: cell, from: 1, to: 12 },
      };
    }
    if (
      cell >= PERIOD_YEARS.first * 100 + 1 &&
      cell <= PERIOD_YEARS.last * 100 + 12
    ) {
      return month(Math.floor(cell / 100), cell % 100, false);
    }
    return null;
  }
  let text = cell.trim();
  if (text === '' || text.length > 60) return null;
  let preliminary = false;
  // `январь 2024*`, `январь 2024*)`, `2024-01 **`
  while (text.endsWith('*') || text.endsWith('*)')) {
    preliminary = true;
    text = text.slice(0, text.endsWith(')') ? -2 : -1).trimEnd();
  }
  if (text === '') return null;
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  const c0 = lower.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    let m = ISO_DATE.exec(lower);
    if (m) return month(Number(m[1]), Number(m[2]), preliminary);
    m = MONTH_YEAR.exec(lower);
    if (m) return month(Number(m[2]), Number(m[1]), preliminary);
    m = DAY_MONTH_YEAR.exec(lower);
    if (m) return month(Number(m[3]), Number(m[2]), preliminary);
    m = YEAR_M.exec(lower);
    if (m) return month(Number(m[1]), Number(m[2]), preliminary);
    m = YEAR_QUARTER.exec(lower);
    if (m) return quarterOrHalf(text, m[2] === 'h', Number(m[3]), Number(m[1]));
  }
  return classifyWords(text, lower, preliminary);
}

function quarterOrHalf(
  label: string,
  half: boolean,
  n: number,
  year: number | null,
): Classified {
  if (half ? n > 2 : n > 4) return null;
  const size = half ? 6 : 3;
  return {
    kind: 'aggregate',
    label,
    span: { kind: 'months', year, from: (n - 1) * size + 1, to: n * size },
  };
}

function classifyWords(
  label: string,
  lower: string,
  preliminary: boolean,
): Classified {
  const tokens = lower
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  const first = tokens[0] ?? '';
  if (TOTAL_WORDS.has(first))
    return { kind: 'aggregate', label, span: { kind: 'total' } };

  const months: number[] = [];
  const years: number[] = [];
  let ordinal: number | null = null;
  let quarter = false;
  let half = false;
  let letterPeriod: { half: boolean; n: number } | null = null;
  for (const token of tokens) {
    const m = MONTH_WORDS.get(token);
    if (m !== undefined) {
      months.push(m);
      continue;
    }
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (/^\d{4}$/.test(token) || /^\d{2}$/.test(token)) {
        if (
          token.length === 2 &&
          years.length === 0 &&
          months.length === 0 &&
          ordinal === null
        ) {
          // `24` before any month word is not a year we can trust.
          return null;
        }
        years.push(fullYear(token));
        continue;
      }
      // `1-й квартал`, `1 кв`
      if (/^[1-4](?:й|ое|ый|st|nd|rd|th)?$/.test(token) && ordinal === null) {
        ordinal = Number(token[0]);
        continue;
      }
      const y = /^(\d{4})(?:ж|г)$/.exec(token);
      if (y) {
        years.push(Number(y[1]));
        continue;
      }
      return null;
    }
    const roman = ROMAN[token];
    if (roman !== undefined && ordinal === null) {
      ordinal = roman;
      continue;
    }
    const letter = LETTER_QUARTER.exec(token);
    if (letter) {
      letterPeriod = { half: letter[1] === 'h', n: Number(letter[2]) };
      continue;
    }
    if (QUARTER_WORDS.has(token)) {
      quarter = true;
      continue;
    }
    if (HALF_WORDS.has(token)) {
      half = true;
      continue;
    }
    if (
      YEAR_WORDS.has(token) ||
      token === 'й' ||
      token === 'ое' ||
      token === 'ый'
    )
      continue;
    return null;
  }
  if (years.length > 1) return null;
  const year = years[0] ?? null;
  if (letterPeriod) {
    if (months.length > 0 || quarter || half) return null;
    return quarterOrHalf(label, letterPeriod.half, letterPeriod.n, year);
  }
  if (quarter || half) {
    if (ordinal === null || months.length > 0) return null;
    return quarterOrHalf(label, half, ordinal, year);
  }
  if (ordinal !== null) return null;
  if (months.length === 1) {
    if (year === null) return null;
    return month(year, months[0] ?? 0, preliminary);
  }
  if (months.length === 2) {
    const from = months[0] ?? 1;
    const to = months[1] ?? 12;
    if (from > to) return null;
    return {
      kind: 'aggregate',
      label,
      span: { kind: 'months', year, from, to },
    };
  }
  if (months.length === 0 && year !== null && year >= PERIOD_YEARS.first) {
    return {
      kind: 'aggregate',
      label,
      span: { kind: 'months', year, from: 1, to: 12 },
    };
  }
  return null;
}
