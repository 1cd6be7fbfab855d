import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import type { DatasetMeta } from '@/api/schemas/meta';
import { QueryContent } from '@/components/panel/query-content';
import { Panel } from '@/components/panel/panel';
import { ReportedFigureItem } from '@/components/reported-figure-item';
import { MEASURE_KEY } from '@/components/reported-value';
import { Skeleton } from '@/components/skeleton';
import {
  claimableFigures,
  figuresForSides,
  reportedFiguresFor,
  scaleConflicts,
} from '@/domain/provenance';
import { joinPair } from '@/domain/sides';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useFilterActions, useFilters } from '@/state/filters';
import { useRegionName } from '@/view-model/use-region-name';
import './reported-panel.css';

/**
 * Every officially reported figure about the view's sides, at every level
 * above them (the pair, each side with the whole other country, the two
 * countries), each with a button that opens exactly its level and period.
 */
export function ReportedPanel() {
  const { t } = useI18n();
  return (
    <Panel title={t('reported.panel.title')} className="panel-reported">
      <ReportedBody />
    </Panel>
  );
}

function ReportedBody() {
  const meta = useQuery(metaQuery());
  return (
    <QueryContent query={meta} skeleton={<Skeleton height={28} lines={3} />}>
      {(data) => <ReportedList meta={data} />}
    </QueryContent>
  );
}

function ReportedList({ meta }: { meta: DatasetMeta }) {
  const { t } = useI18n();
  const format = useFormat();
  const sideName = useRegionName();
  const filters = useFilters((f) => f);
  const { showFigure } = useFilterActions();
  const figures = figuresForSides(meta.reportedFigures, filters.pair);
  const current = new Set(
    reportedFiguresFor(claimableFigures(meta), filters).map((f) => f.id),
  );
  if (figures.length === 0) {
    return <p className="empty-state">{t('reported.panel.empty')}</p>;
  }
  const bases = new Set(
    figures.map((f) => f.basis).filter((basis) => basis !== 'unknown'),
  );
  return (
    <>
      <p className="panel-note">{t('reported.panel.lead')}</p>
      {bases.size > 1 ? (
        <p className="panel-note">{t('reported.panel.mixed-basis')}</p>
      ) : null}
      <ul className="reported-list">
        {figures.map((figure) => {
          const here = current.has(figure.id);
          const label = t('reported.panel.show-period-named', {
            sides: `${sideName(figure.kz)} ↔ ${sideName(figure.ru)}`,
            period: format.monthRange(figure.from, figure.to),
            measure: t(MEASURE_KEY[figure.flow]),
          });
          return (
            <ReportedFigureItem
              key={figure.id}
              figure={figure}
              sideName={sideName}
              current={here}
              conflicts={scaleConflicts(figure, meta.reportedFigures)}
              action={
                here ? null : (
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={label}
                    onClick={() => {
                      showFigure({
                        pair: joinPair(figure.kz, figure.ru),
                        from: figure.from,
                        to: figure.to,
                      });
                    }}
                  >
                    {t('reported.panel.show-period')}
                  </button>
                )
              }
            />
          );
        })}
      </ul>
    </>
  );
}
