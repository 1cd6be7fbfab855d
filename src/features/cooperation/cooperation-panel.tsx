import { useState } from 'react';
import type {
  CooperationAreaId,
  CooperationResponse,
} from '@/api/schemas/cooperation';
import { Panel } from '@/components/panel/panel';
import { QueryContent } from '@/components/panel/query-content';
import { Skeleton } from '@/components/skeleton';
import { eventInRange, eventsOfArea } from '@/domain/events';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { exportMark } from '@/lib/export/vocabulary';
import { useFilters } from '@/state/filters';
import { KeyFigure } from './key-figure';
import { Timeline } from './timeline';
import { useCooperation } from './use-cooperation';
import { Caveat } from '@/components/caveat';
import './cooperation-panel.css';

/** Cooperation beyond trade: areas with cited figures, and a timeline of events. */
export function CooperationPanel() {
  const { t } = useI18n();
  return (
    <Panel title={t('cooperation.panel.title')} className="panel-cooperation">
      <CooperationBody />
    </Panel>
  );
}

function CooperationBody() {
  const cooperation = useCooperation();
  return (
    <QueryContent
      query={cooperation}
      skeleton={<Skeleton height={120} lines={2} />}
    >
      {(data) => <CooperationContent data={data} />}
    </QueryContent>
  );
}

function CooperationContent({ data }: { data: CooperationResponse }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const [selected, setSelected] = useState<CooperationAreaId | null>(null);
  const [allYears, setAllYears] = useState(false);
  const area = data.areas.find((a) => a.id === selected) ?? null;
  const ofArea = eventsOfArea(data.events, selected);
  const shown = allYears
    ? ofArea
    : ofArea.filter((e) => eventInRange(e, { from, to }));

  return (
    <div className="cooperation">
      <ul
        className="area-grid"
        aria-label={t('cooperation.areas.label')}
        // The report shows the areas, not the timeline.
        {...exportMark('part:cooperation')}
      >
        {data.areas.map((a) => {
          const figure = a.figures[0];
          const pressed = a.id === selected;
          return (
            <li key={a.id}>
              <button
                type="button"
                className="area-card"
                aria-pressed={pressed}
                onClick={() => {
                  setSelected(pressed ? null : a.id);
                }}
              >
                <span className="area-title">{a.title[language]}</span>
                {figure ? (
                  <span
                    className="area-figure"
                    title={`${t('cooperation.figure.source')} ${figure.sourceName[language]} (${figure.period})`}
                  >
                    {format.quantity(figure.value, figure.unit)}{' '}
                    <span className="area-figure-label">
                      {figure.label[language]}
                    </span>
                  </span>
                ) : (
                  <span className="area-figure area-figure-none">
                    {t('cooperation.areas.no-figure')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>

      {area ? (
        <section className="area-detail" aria-label={area.title[language]}>
          <h3>{area.title[language]}</h3>
          <p>{area.summary[language]}</p>
          {area.caveats.map((c) => (
            <Caveat key={c.en} text={c[language]} />
          ))}
          {area.figures.length > 0 ? (
            <div className="figure-grid">
              {area.figures.map((f) => (
                <KeyFigure key={f.id} figure={f} />
              ))}
            </div>
          ) : null}
        </section>
      ) : (
        <p className="panel-note">{t('cooperation.areas.hint')}</p>
      )}

      <div className="timeline-header">
        <h3>
          {t('cooperation.timeline.title')}
          {area ? ` · ${area.title[language]}` : ''}
        </h3>
        <div
          className="segmented segmented-small"
          role="group"
          aria-label={t('cooperation.timeline.scope')}
        >
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={!allYears}
            onClick={() => {
              setAllYears(false);
            }}
          >
            {format.monthRange(from, to)}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={allYears}
            onClick={() => {
              setAllYears(true);
            }}
          >
            {t('cooperation.timeline.all-years')}
          </button>
        </div>
      </div>
      {shown.length > 0 ? (
        <Timeline events={shown} />
      ) : ofArea.length === 0 ? (
        <p className="empty-state">{t('cooperation.timeline.none')}</p>
      ) : (
        <p className="empty-state">
          {t('cooperation.timeline.empty', { count: ofArea.length })}
        </p>
      )}
    </div>
  );
}
