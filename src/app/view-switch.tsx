import { useI18n } from '@/i18n/i18n';
import { type Filters, useFilterActions, useFilters } from '@/state/filters';
import { serializeFilters } from '@/state/url-codec';
import './view-switch.css';

const VIEWS = [
  ['pair', 'overview.back'],
  ['overview', 'overview.link'],
] as const satisfies readonly (readonly [Filters['view'], string])[];

/**
 * The two screens, as links (each can be opened in a new tab, and its URL
 * shared): one pair's view, and the whole border. Filters stay as they are.
 */
export function ViewSwitch() {
  const { t } = useI18n();
  const filters = useFilters((f) => f);
  const { setView } = useFilterActions();
  return (
    <nav className="view-switch" aria-label={t('overview.switch')}>
      {VIEWS.map(([view, key]) => (
        <a
          key={view}
          className="view-switch-link"
          href={
            serializeFilters({ ...filters, view }, window.location.search) ||
            '?'
          }
          aria-current={filters.view === view ? 'page' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            setView(view);
          }}
        >
          {t(key)}
        </a>
      ))}
    </nav>
  );
}
