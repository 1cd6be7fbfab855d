import type { Flow } from '@/api/schemas/common';
import type { MonthlyPoint } from '@/domain/trade';
import { type FlowSummary, trendSummary } from '@/domain/trend-summary';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useGoods } from '@/view-model/use-goods';

const SENTENCE_KEY = {
  up: 'a11y.trend.summary-up',
  down: 'a11y.trend.summary-down',
  flat: 'a11y.trend.summary-flat',
} as const satisfies Record<FlowSummary['direction'], string>;

/**
 * The chart in words, for screen readers: which goods it shows when the
 * sector filter chooses some, then per flow shown, where it started and
 * ended, which way it went and its highest month.
 */
export function TrendSummaryText({
  points,
  flows,
}: {
  points: readonly MonthlyPoint[];
  flows: readonly Flow[];
}) {
  const { t } = useI18n();
  const format = useFormat();
  const goods = useGoods();
  const summary = trendSummary(points);
  const money = (value: number) => format.usdCompact(value);
  const month = (value: string) => format.monthLong(value);
  const name: Record<Flow, string> = {
    export: t('common.flow.export'),
    import: t('common.flow.import'),
  };
  const sentence = (flow: Flow): string => {
    const s = summary[flow];
    if (!s) return t('a11y.trend.summary-none', { flow: name[flow] });
    if (s.reportedMonths === 1) {
      return t('a11y.trend.summary-single', {
        flow: name[flow],
        value: money(s.last.value),
        month: month(s.last.month),
      });
    }
    const course = t(SENTENCE_KEY[s.direction], {
      flow: name[flow],
      first: money(s.first.value),
      firstMonth: month(s.first.month),
      last: money(s.last.value),
      lastMonth: month(s.last.month),
    });
    // A peak at either end is already in the sentence.
    if (s.peak.month === s.first.month || s.peak.month === s.last.month) {
      return course;
    }
    const peak = t('a11y.trend.summary-peak', {
      peak: money(s.peak.value),
      peakMonth: month(s.peak.month),
    });
    return `${course} ${peak}`;
  };
  // A flow with no reported month at all already says so in its sentence.
  const missing = Math.max(
    0,
    ...flows.map((flow) => summary[flow]?.missingMonths ?? 0),
  );
  return (
    <>
      {goods.label === null ? null : (
        <span> {t('a11y.trend.summary-goods', { names: goods.label })}</span>
      )}
      {flows.map((flow) => (
        <span key={flow}> {sentence(flow)}</span>
      ))}
      {missing > 0 ? (
        <span> {t('a11y.trend.summary-missing', { count: missing })}</span>
      ) : null}
    </>
  );
}
