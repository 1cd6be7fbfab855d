import { useId, useMemo } from 'react';
import type { Month } from '@/api/schemas/common';
import { monthsInRange, shiftMonth } from '@/domain/months';
import { type PresetId, periodPresets } from '@/domain/period-presets';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useFilterActions, useFilters } from '@/state/filters';
import './period-control.css';

type Props = {
  /** The months the data covers; null while unknown (its catalogue failed). */
  coverage: { from: Month; to: Month } | null;
};

/** Months offered when the coverage is unknown: eight years back, two ahead. */
const UNKNOWN_BACK = 96;
const UNKNOWN_AHEAD = 24;

/**
 * From and to months, bounded by the data's coverage, plus presets. Months
 * that would reverse the range are disabled, and a hint says why.
 */
export function PeriodControl({ coverage: known }: Props) {
  const { t } = useI18n();
  const format = useFormat();
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const { setPeriod } = useFilterActions();
  const fromId = useId();
  const toId = useId();
  const hintId = useId();
  const coverage = known ?? {
    from: shiftMonth(from, -UNKNOWN_BACK),
    to: shiftMonth(to, UNKNOWN_AHEAD),
  };
  const months = useMemo(
    () => monthsInRange(coverage.from, coverage.to),
    [coverage.from, coverage.to],
  );
  const presets = periodPresets(to, coverage);
  const year = to.slice(0, 4);
  const presetLabel: Record<PresetId, string> = {
    forum: t('filters.period.preset-forum'),
    ytd: t('filters.period.preset-ytd'),
    q1: t('filters.period.preset-quarter', { quarter: 1, year }),
    q2: t('filters.period.preset-quarter', { quarter: 2, year }),
    q3: t('filters.period.preset-quarter', { quarter: 3, year }),
    q4: t('filters.period.preset-quarter', { quarter: 4, year }),
    year: t('filters.period.preset-year', { year }),
    last12: t('filters.period.preset-last12'),
  };

  return (
    <fieldset className="filter-group filter-period">
      <legend>{t('filters.period.label')}</legend>
      <div className="period-selects">
        <label htmlFor={fromId}>{t('filters.period.from')}</label>
        <select
          id={fromId}
          value={from}
          aria-describedby={hintId}
          onChange={(e) => {
            setPeriod(e.target.value, to);
          }}
        >
          {months.map((m) => (
            <option key={m} value={m} disabled={m > to}>
              {format.month(m)}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t('filters.period.to')}</label>
        <select
          id={toId}
          value={to}
          aria-describedby={hintId}
          onChange={(e) => {
            setPeriod(from, e.target.value);
          }}
        >
          {months.map((m) => (
            <option key={m} value={m} disabled={m < from}>
              {format.month(m)}
            </option>
          ))}
        </select>
      </div>
      <p id={hintId} className="filter-hint">
        {known
          ? t('filters.period.hint', {
              range: format.monthRange(known.from, known.to),
            })
          : t('filters.period.hint-unknown')}
      </p>
      <div
        className="preset-list"
        role="group"
        aria-label={t('filters.period.presets')}
      >
        {presets.map((p) => {
          const active = p.from === from && p.to === to;
          return (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={active}
              title={format.monthRange(p.from, p.to)}
              onClick={() => {
                setPeriod(p.from, p.to);
              }}
            >
              {presetLabel[p.id]}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
