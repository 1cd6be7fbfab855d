import { periodSpan } from './parse-period';

/** Words that open a total row: `Всего`, `Итого по области`, `Total`, `Барлығы`, `Жиыны`. */
const TOTAL_START =
  /^(?:всего|итого|в\s+целом|total|grand\s+total|subtotal|sub-total|барлығы|жиыны|жалпы)(?:$|[\s:.,(])/;

/** First letters a subtotal label can start with, to skip the regexes cheaply. */
const FIRST = new Set('виtgsбжiqh1234ivп'.split(''));

/**
 * A row label that sums other rows: a total (`Всего`, `Итого`, `Total`,
 * `Барлығы`, `Жиыны`, `Всего по …`) or a quarter or half-year
 * (`I квартал 2024`, `Q1`, `1 полугодие`). Months, years and region or
 * product names are not.
 */
export function isSubtotalLabel(text: string): boolean {
  return subtotalKind(text) !== null;
}

/** `total` for totals, `part` for quarters and half-years, null otherwise. */
export function subtotalKind(text: string): 'total' | 'part' | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 120) return null;
  const lower = trimmed.toLowerCase();
  if (!FIRST.has(lower[0] ?? '')) return null;
  if (TOTAL_START.test(lower)) return 'total';
  if (trimmed.length > 40) return null;
  const span = periodSpan(trimmed);
  if (span === null) return null;
  if (span.kind === 'total') return 'total';
  // Quarters and half-years; a year or a range of months is not a row label.
  const length = span.to - span.from + 1;
  return length === 3 || length === 6
    ? isQuarterLike(lower)
      ? 'part'
      : null
    : null;
}

function isQuarterLike(lower: string): boolean {
  return /квартал|кв(?:$|[\s.])|тоқсан|quarter|полугод|жартыжыл|half|(?:^|[\s\d])[qh][1-4]/.test(
    lower,
  );
}
