import { useI18n } from '@/i18n/i18n';
import { type FlowFilter, useFilterActions, useFilters } from '@/state/filters';
import './flow-control.css';

/** Direction from the Kazakh region's point of view, as a radio group. */
export function FlowControl() {
  const { t } = useI18n();
  const flow = useFilters((f) => f.flow);
  const { setFlow } = useFilterActions();
  const options: { value: FlowFilter; label: string }[] = [
    { value: 'all', label: t('filters.flow.all') },
    { value: 'export', label: t('filters.flow.export') },
    { value: 'import', label: t('filters.flow.import') },
  ];
  return (
    <fieldset className="filter-group filter-flow">
      <legend>{t('filters.flow.label')}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.value} className="segmented-option">
            <input
              type="radio"
              name="flow"
              value={o.value}
              checked={flow === o.value}
              onChange={() => {
                setFlow(o.value);
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Comparison with the same months one year earlier. */
export function CompareControl() {
  const { t } = useI18n();
  const compare = useFilters((f) => f.compare);
  const { setCompare } = useFilterActions();
  return (
    <label className="filter-group filter-compare checkbox">
      <input
        type="checkbox"
        checked={compare === 'prev'}
        onChange={(e) => {
          setCompare(e.target.checked ? 'prev' : 'none');
        }}
      />
      <span>{t('filters.compare.label')}</span>
    </label>
  );
}
