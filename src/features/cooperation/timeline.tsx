import type { CooperationEvent } from '@/api/schemas/cooperation';
import { eventStatus, sortEvents } from '@/domain/events';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { CONFIDENCE_KEY } from './key-figure';
import { today } from './use-cooperation';
import { Caveat } from '@/components/caveat';
import { ExternalLink } from '@/components/external-link';
import './timeline.css';

const CATEGORY_KEY = {
  forum: 'cooperation.category.forum',
  cultural_humanitarian: 'cooperation.category.cultural-humanitarian',
  exhibition: 'cooperation.category.exhibition',
  governance: 'cooperation.category.governance',
  admin_change: 'cooperation.category.admin-change',
} as const satisfies Record<CooperationEvent['category'], string>;

const STATUS_KEY = {
  planned: 'cooperation.status.planned',
  unconfirmed: 'cooperation.status.unconfirmed',
} as const;

/** Dated events, oldest first, each as precise as its source and with its caveat. */
export function Timeline({ events }: { events: readonly CooperationEvent[] }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const now = today();
  return (
    <ol className="timeline">
      {sortEvents(events).map((event) => {
        const status = eventStatus(event, now);
        return (
          <li
            key={event.id}
            className={`timeline-item timeline-${event.category}`}
          >
            <p className="timeline-date">
              <time dateTime={event.date}>
                {format.eventDate(event.date, event.precision)}
              </time>
              <span className="tag">{t(CATEGORY_KEY[event.category])}</span>
              {status === 'held' ? null : (
                <span className="tag tag-warn">{t(STATUS_KEY[status])}</span>
              )}
            </p>
            <p className="timeline-title">{event.title[language]}</p>
            <p className="timeline-meta">
              {event.place[language]} ·{' '}
              <ExternalLink href={event.sourceUrl}>
                {t('cooperation.timeline.source')}
              </ExternalLink>
              {event.confidence === 'high' ? null : (
                <span className="confidence">
                  {' '}
                  · {t(CONFIDENCE_KEY[event.confidence])}
                </span>
              )}
            </p>
            {event.note ? (
              <p className="timeline-note">{event.note[language]}</p>
            ) : null}
            {event.caveat ? <Caveat text={event.caveat[language]} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
