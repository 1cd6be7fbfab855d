/** Money as the contract promises it: whole US dollars of plausible size. */

/**
 * The largest amount any figure may have: one trillion US dollars, about
 * forty times the largest figure the product reports (Kazakhstan ↔ Russia
 * turnover for 2022, 26.1 billion USD, in the reported figures), so no
 * figure of this border, not even KZ~RU summed over decades, comes near it.
 * A value above it is a broken sum, garbage, or a unit slip on a large
 * figure (tenge sent as dollars), never trade. It also keeps every figure far
 * below 2^53, where whole dollars still add exactly, so `turnover = exports +
 * imports` can be checked to the dollar.
 */
export const PLAUSIBLE_MAX_USD = 1e12;

/**
 * The one value rule for money: whole US dollars, finite, at most
 * PLAUSIBLE_MAX_USD in size, and not negative unless `signed` (a balance).
 * Returns what is wrong, or null when the value is fine. API answers
 * (api/answer-checks.ts), the analyst's stored import and the import of a
 * file are all held to it.
 */
export function usdProblem(
  value: number,
  options: { signed?: boolean } = {},
): string | null {
  if (!Number.isFinite(value)) return 'not a finite number';
  if (value < 0 && options.signed !== true) return 'negative';
  if (!Number.isInteger(value)) return 'not whole dollars';
  if (Math.abs(value) > PLAUSIBLE_MAX_USD) return 'above the plausible maximum';
  return null;
}
