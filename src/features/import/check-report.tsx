import { useI18n } from '@/i18n/i18n';
import { ControlTotalText } from '@/components/control-total-text';
import type { CheckReport } from './protocol';
import { useProblemText } from './use-problem-text';

/**
 * What the check found: valid and invalid rows, every problem by row and
 * column (the first ones, then a count), and the file's control totals.
 */
export function CheckReportView({ report }: { report: CheckReport }) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const unlisted = report.problemCount - report.problems.length;
  return (
    <section className="import-report" aria-label={t('import.report')}>
      <h3>{t('import.report')}</h3>
      <p role="status">
        {t('import.valid', { count: report.validRows })}
        {report.invalidRows > 0
          ? ` ${t('import.invalid', { count: report.invalidRows })}`
          : ''}
      </p>
      {report.problems.length > 0 ? (
        <ol className="import-problems">
          {report.problems.map((problem, i) => (
            <li key={i}>{problemText(problem)}</li>
          ))}
          {unlisted > 0 ? (
            <li className="import-more">
              {t('import.more', { count: unlisted })}
            </li>
          ) : null}
        </ol>
      ) : null}
      {report.controlTotals.length > 0 ? (
        <>
          <h4>{t('import.control-totals')}</h4>
          <ul className="import-controls-list">
            {report.controlTotals.map((total) => (
              <li
                key={total.row}
                className={total.matches ? undefined : 'import-mismatch'}
              >
                <ControlTotalText total={total} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
