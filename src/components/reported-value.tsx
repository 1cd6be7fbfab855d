import type { ReportedFigure } from '@/api/schemas/meta';
import type { ScaleConflict } from '@/domain/provenance';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { Caveat } from './caveat';
import { ExternalLink } from './external-link';

/** The i18n key of what a reported figure measures. */
export const MEASURE_KEY = {
  turnover: 'common.measure.turnover',
  export: 'common.measure.export',
  import: 'common.measure.import',
} as const;

/**
 * A reported figure's value with the source's own qualifier: "almost
 * $360.0M", "about $480.0M", "more than $45.0M", or the plain value.
 */
export function useReportedValueText(): (figure: ReportedFigure) => string {
  const { t } = useI18n();
  const format = useFormat();
  return (figure) => {
    const value = format.usdCompact(figure.valueUsd);
    switch (figure.qualifier) {
      case 'approx':
        return t('common.qualifier.approx', { value });
      case 'almost':
        return t('common.qualifier.almost', { value });
      case 'more_than':
        return t('common.qualifier.more-than', { value });
      case 'exact':
        return value;
    }
  };
}

/** Whose statistics a figure comes from, as a short phrase. */
export function useBasisText(): (figure: ReportedFigure) => string {
  const { t } = useI18n();
  return (figure) =>
    ({
      kz_side: t('common.basis.kz-side'),
      ru_side: t('common.basis.ru-side'),
      unknown: t('common.basis.unknown'),
    })[figure.basis];
}

/**
 * "Reported: almost $360.0M · Russian statistics · by <publisher>", the note
 * on a card whose figure a view reproduces exactly.
 */
export function ReportedNote({ figure }: { figure: ReportedFigure }) {
  const { t, language } = useI18n();
  const valueText = useReportedValueText();
  const basis = useBasisText();
  return (
    <>
      <span className="tag tag-ok">{t('common.reported')}</span>{' '}
      {figure.qualifier === 'exact' ? null : <>{valueText(figure)} · </>}
      {basis(figure)} · {t('kpis.card.reported-by')}{' '}
      <ExternalLink href={figure.sourceUrl}>
        {figure.publisher[language]}
      </ExternalLink>
    </>
  );
}

/**
 * Says beside a reported figure that it outgrows a figure above it (see
 * `scaleConflicts`): the one caveat the data implies rather than states.
 */
export function ScaleConflictNote({
  conflict,
  sideName,
}: {
  conflict: ScaleConflict<ReportedFigure>;
  sideName: (code: string) => string;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const valueText = useReportedValueText();
  const { wider } = conflict;
  return (
    <Caveat
      text={t('common.scale-conflict', {
        annualised: format.usdCompact(conflict.annualised),
        wider: valueText(wider),
        sides: `${sideName(wider.kz)} ↔ ${sideName(wider.ru)}`,
        period: format.monthRange(wider.from, wider.to),
      })}
    />
  );
}
