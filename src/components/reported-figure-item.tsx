import type { ReactNode } from 'react';
import type { ReportedFigure } from '@/api/schemas/meta';
import type { ScaleConflict } from '@/domain/provenance';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { Caveat } from './caveat';
import { ExternalLink } from './external-link';
import {
  MEASURE_KEY,
  ScaleConflictNote,
  useBasisText,
  useReportedValueText,
} from './reported-value';
import './reported-figure-item.css';

type Props = {
  figure: ReportedFigure;
  /** Name of a side code (`KZ-63`, `RU`) in the active language. */
  sideName: (code: string) => string;
  /** The view on screen reproduces this figure exactly. */
  current?: boolean;
  /** Figures above it that it outgrows (see scaleConflicts). */
  conflicts?: readonly ScaleConflict<ReportedFigure>[];
  action?: ReactNode;
};

/**
 * One reported figure as a list item: its sides, period, what it measures,
 * the value with the source's qualifier, whose statistics, the source, and
 * its caveat beside it. Shared by the Reported figures panel and About.
 */
export function ReportedFigureItem({
  figure,
  sideName,
  current = false,
  conflicts = [],
  action,
}: Props) {
  const { t, language } = useI18n();
  const format = useFormat();
  const valueText = useReportedValueText();
  const basis = useBasisText();
  const measure = t(MEASURE_KEY[figure.flow]);
  return (
    <li className="reported-item" aria-current={current ? 'true' : undefined}>
      <p className="reported-sides">
        <strong>
          {sideName(figure.kz)} ↔ {sideName(figure.ru)}
        </strong>{' '}
        · {format.monthRange(figure.from, figure.to)} · {measure}
        {current ? (
          <>
            {' '}
            <span className="tag tag-ok">{t('common.this-view')}</span>
          </>
        ) : null}
      </p>
      <p className="reported-value">
        <data value={figure.valueUsd} title={format.usdExact(figure.valueUsd)}>
          {valueText(figure)}
        </data>{' '}
        <span className="reported-basis">· {basis(figure)}</span>
      </p>
      <p className="about-source">
        {t('about.dialog.source')}{' '}
        <ExternalLink href={figure.sourceUrl}>
          {figure.publisher[language]}
        </ExternalLink>
      </p>
      {figure.caveat ? <Caveat text={figure.caveat[language]} /> : null}
      {conflicts.map((conflict) => (
        <ScaleConflictNote
          key={conflict.wider.id}
          conflict={conflict}
          sideName={sideName}
        />
      ))}
      {action}
    </li>
  );
}
