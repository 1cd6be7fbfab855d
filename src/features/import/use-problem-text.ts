import type { Problem, ProblemCode } from '@/import/types';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';

const MESSAGE_KEY = {
  unreadable: 'import.problem.unreadable',
  empty: 'import.problem.empty',
  'no-header': 'import.problem.no-header',
  'no-value-column': 'import.problem.no-value-column',
  'no-period': 'import.problem.no-period',
  'bad-number': 'import.problem.bad-number',
  negative: 'import.problem.negative',
  'too-large': 'import.problem.too-large',
  'bad-period': 'import.problem.bad-period',
  'unknown-region': 'import.problem.unknown-region',
  'missing-side': 'import.problem.missing-side',
  'unknown-flow': 'import.problem.unknown-flow',
  'missing-flow': 'import.problem.missing-flow',
  'bad-product': 'import.problem.bad-product',
  'missing-product': 'import.problem.missing-product',
  'section-only': 'import.problem.section-only',
  'missing-unit': 'import.problem.missing-unit',
  duplicate: 'import.problem.duplicate',
  'control-total': 'import.problem.control-total',
} as const satisfies Record<ProblemCode, string>;

/** Values that are amounts, shown as dollars. */
const MONEY = new Set(['expected', 'actual']);

/**
 * A problem as a person reads it, in the interface language:
 * «Row 12, column «Стоимость»: "abc" is not a number.»
 */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useI18n();
  const format = useFormat();
  return (problem) => {
    const where =
      problem.row !== null && problem.column !== null
        ? t('import.where-row-column', {
            row: problem.row,
            column: problem.column,
          })
        : problem.row !== null
          ? t('import.where-row', { row: problem.row })
          : t('import.where-file');
    const values = Object.fromEntries(
      Object.entries(problem.values).map(([key, value]) => [
        key,
        MONEY.has(key) && typeof value === 'number'
          ? format.usdExact(value)
          : String(value),
      ]),
    );
    const separator = problem.row === null ? ' ' : ': ';
    // The key comes from the typed table above; i18next's overloads cannot
    // take a union of keys with options, hence the narrow cast.
    const message = (
      t as (key: string, options: Record<string, string>) => string
    )(MESSAGE_KEY[problem.code], values);
    return `${where}${separator}${message}`;
  };
}
