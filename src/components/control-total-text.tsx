import type { ImportedFile } from '@/api/schemas/meta';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';

/**
 * One control total of an imported file in words: «Row 6 «Всего»:
 * $1,340,500, as the rows above add up», or what the file says against what
 * its rows add up to.
 */
export function ControlTotalText({
  total,
}: {
  total: ImportedFile['controlTotals'][number];
}) {
  const { t } = useI18n();
  const format = useFormat();
  return total.matches
    ? t('import.control-match', {
        row: total.row,
        label: total.label,
        expected: format.usdExact(total.expectedUsd),
      })
    : t('import.control-mismatch', {
        row: total.row,
        label: total.label,
        expected: format.usdExact(total.expectedUsd),
        actual: format.usdExact(total.actualUsd),
      });
}
