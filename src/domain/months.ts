import type { Month } from '@/api/schemas/common';

/** Months since year 0, so ranges can be walked and shifted with integers. */
export function monthIndex(month: Month): number {
  const year = Number(month.slice(0, 4));
  const mm = Number(month.slice(5, 7));
  return year * 12 + (mm - 1);
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const mm = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** `month` moved by `delta` months (negative goes back). */
export function shiftMonth(month: Month, delta: number): Month {
  return monthFromIndex(monthIndex(month) + delta);
}

/** Every month from `from` to `to` inclusive; empty when from > to. */
export function monthsInRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1)
    months.push(monthFromIndex(i));
  return months;
}

export type MonthRange = { from: Month; to: Month };

/** The same range one year earlier: what "compare with last year" reads. */
export function previousYearRange(range: MonthRange): MonthRange {
  return { from: shiftMonth(range.from, -12), to: shiftMonth(range.to, -12) };
}

/** Number of months in an inclusive range. */
export function rangeLength(range: MonthRange): number {
  return monthIndex(range.to) - monthIndex(range.from) + 1;
}

/** The last twelve months of a coverage, or all of it when it is shorter. */
export function lastTwelveMonths(coverage: MonthRange): MonthRange {
  const yearBack = shiftMonth(coverage.to, -11);
  return {
    from: yearBack > coverage.from ? yearBack : coverage.from,
    to: coverage.to,
  };
}
