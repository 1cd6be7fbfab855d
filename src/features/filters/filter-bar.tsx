import { useEffect, useId, useRef, useState } from 'react';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { useMediaQuery } from '@/lib/use-media-query';
import { changedFilterCount, useFilters } from '@/state/filters';
import { CompareControl, FlowControl } from './flow-control';
import { PairPicker } from './pair-picker';
import { PeriodControl } from './period-control';
import { SectorPicker } from './sector-picker';
import { useFilterCatalog } from './use-catalog';
import { Icon } from '@/components/icon';
import './filter-bar.css';

/** Below this width the bar would fill a phone's first screen: it becomes a drawer. */
const NARROW = '(max-width: 719.98px)';

/**
 * Every filter of the view; each control changes the store, which drives the
 * URL. On wide screens the bar is always open; on narrow ones a "Filters"
 * button opens the same controls in a modal drawer.
 */
export function FilterBar() {
  const { t } = useI18n();
  const narrow = useMediaQuery(NARROW);
  if (narrow) return <FilterDrawer />;
  return (
    <section className="filter-bar" aria-label={t('filters.panel.title')}>
      <h2 className="visually-hidden">{t('filters.panel.title')}</h2>
      <FilterControls />
    </section>
  );
}

function FilterDrawer() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const changed = useFilters(changedFilterCount);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => {
    setOpen(false);
  };

  return (
    <section className="filter-launcher" aria-label={t('filters.panel.title')}>
      <button
        ref={opener}
        type="button"
        className="button button-quiet filter-launcher-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        <Icon>
          <path d="M2 4h12M4.5 8h7M7 12h2" />
        </Icon>
        <span>{t('filters.panel.title')}</span>
        {changed > 0 ? (
          <>
            <span className="count-badge" aria-hidden="true">
              {changed}
            </span>
            <span className="visually-hidden">
              {', '}
              {t('filters.drawer.changed', { count: changed })}
            </span>
          </>
        ) : null}
      </button>
      <dialog
        ref={dialog}
        className="filter-drawer"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          // Chromium restores focus by itself; other engines may not.
          opener.current?.focus();
        }}
      >
        <div className="dialog-header">
          <h2 id={titleId}>{t('filters.panel.title')}</h2>
          <button type="button" className="button button-quiet" onClick={close}>
            {t('common.close')}
          </button>
        </div>
        {/* Mounted only while open, so the controls exist once on the page. */}
        {open ? (
          <div className="filter-drawer-body">
            <FilterControls />
          </div>
        ) : null}
        <div className="filter-drawer-footer">
          <button type="button" className="button" onClick={close}>
            {t('filters.drawer.done')}
          </button>
        </div>
      </dialog>
    </section>
  );
}

function FilterControls() {
  const { t } = useI18n();
  const { regions, sectors, meta } = useFilterCatalog();
  // The border overview shows every pair: there is no pair to pick.
  const view = useFilters((f) => f.view);
  const pair = useFilters((f) => f.pair);
  const goodsCodes = useFilters((f) =>
    [...f.sectors, ...f.chapters].join(', '),
  );
  const coverage = meta.data?.coverage ?? null;
  return (
    <>
      {view === 'overview' ? null : regions.data ? (
        <PairPicker catalog={regions.data} />
      ) : regions.isError ? (
        <CodeFallback label={t('filters.pair.label')} value={pair} />
      ) : (
        <div className="filter-group filter-skeleton-pair">
          <Skeleton height={55} />
        </div>
      )}
      <PeriodControl coverage={coverage} />
      {sectors.data ? (
        <SectorPicker catalog={sectors.data} />
      ) : sectors.isError ? (
        <CodeFallback
          label={t('filters.sectors.label')}
          value={goodsCodes || t('filters.sectors.all-selected')}
        />
      ) : (
        <div className="filter-group filter-skeleton-sectors">
          <Skeleton height={55} />
        </div>
      )}
      <FlowControl />
      <CompareControl />
    </>
  );
}

/**
 * A control whose catalogue failed to load: what the filter holds, as
 * codes, in place of choices it cannot offer (CatalogNotice says why and
 * offers Retry).
 */
function CodeFallback({ label, value }: { label: string; value: string }) {
  return (
    <div className="filter-group filter-fallback">
      <p className="filter-fallback-label">{label}</p>
      <p>
        <code>{value}</code>
      </p>
    </div>
  );
}
