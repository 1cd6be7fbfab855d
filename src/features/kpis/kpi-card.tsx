import { type ReactNode, useId } from 'react';
import type { Change } from '@/domain/trade';
import { IllustrativeTag } from '@/components/illustrative-tag';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import './kpi-card.css';

type Props = {
  title: string;
  /** USD, or null when the direction filter leaves this figure out or nothing of it was reported. */
  value: number | null;
  /** Why the value is absent; by default, the direction filter. */
  absentNote?: string;
  change: Change | null;
  /** E.g. "vs Jan – Aug 2022". */
  comparisonLabel: string | null;
  note?: ReactNode;
  /** Balance reads a surplus as positive; for the other cards growth is. */
  signed?: boolean;
  /** The value rests on synthetic records: say so on the card itself. */
  illustrative?: boolean;
  /** Only the comparison is synthetic (a reported value against a synthetic year). */
  changeIllustrative?: boolean;
};

/** One KPI: a `<section>` named by its title, compact value, exact value on hover/focus. */
export function KpiCard({
  title,
  value,
  change,
  comparisonLabel,
  note,
  signed = false,
  illustrative = false,
  changeIllustrative = false,
  absentNote,
}: Props) {
  const { t } = useI18n();
  const format = useFormat();
  const titleId = useId();
  const exactId = useId();
  return (
    <section aria-labelledby={titleId} className="kpi-card">
      <div className="kpi-heading">
        <h3 id={titleId} className="kpi-title">
          {title}
        </h3>
        {illustrative && value !== null ? <IllustrativeTag /> : null}
      </div>
      {value === null ? (
        <p className="kpi-value kpi-value-excluded">
          <span aria-hidden="true">—</span>
          <span className="kpi-excluded-note">
            {absentNote ?? t('kpis.card.excluded')}
          </span>
        </p>
      ) : (
        <p className="kpi-value">
          <data
            value={value}
            title={format.usdExact(value)}
            tabIndex={0}
            aria-describedby={exactId}
          >
            {signed ? format.usdChange(value) : format.usdCompact(value)}
          </data>
          <span id={exactId} role="tooltip" className="kpi-exact">
            {t('kpis.card.exact', { value: format.usdExact(value) })}
          </span>
        </p>
      )}
      {value !== null && change && comparisonLabel ? (
        <ChangeLine
          change={change}
          label={comparisonLabel}
          illustrative={changeIllustrative}
        />
      ) : null}
      {note ? <div className="kpi-note">{note}</div> : null}
    </section>
  );
}

function ChangeLine({
  change,
  label,
  illustrative,
}: {
  change: Change;
  label: string;
  illustrative: boolean;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const direction =
    change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'flat';
  // Arrow and words carry the meaning; colour only repeats it.
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■';
  const words = {
    up: t('kpis.change.up'),
    down: t('kpis.change.down'),
    flat: t('kpis.change.flat'),
  }[direction];
  return (
    <p className={`kpi-change kpi-change-${direction}`}>
      <span aria-hidden="true">{arrow} </span>
      <span className="visually-hidden">{words} </span>
      {format.usdChange(change.absolute)}
      {change.relative === null
        ? null
        : ` (${format.share(change.relative, true)})`}
      <span className="kpi-change-label"> {label}</span>
      {illustrative ? (
        <>
          {' '}
          <IllustrativeTag />
        </>
      ) : null}
    </p>
  );
}
