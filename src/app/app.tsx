import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useEffect } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Skeleton } from '@/components/skeleton';
import { DataBadge } from '@/features/about/data-badge';
import { BreakdownPanel } from '@/features/breakdown/breakdown-panel';
import { CooperationPanel } from '@/features/cooperation/cooperation-panel';
import { FilterBar } from '@/features/filters/filter-bar';
import { ImportControls } from '@/features/import/import-controls';
import { KpiPanel } from '@/features/kpis/kpi-panel';
import { ReportedPanel } from '@/features/reported/reported-panel';
import { SectorsPanel } from '@/features/sectors/sectors-panel';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';
import { AppCrash } from './app-crash';
import { CatalogNotice } from './catalog-notice';
import { ConnectionBanner } from './connection-banner';
import { DashboardTitle } from './dashboard-title';
import { LanguageSwitcher } from './language-switcher';
import { NoticeBar } from './notice-bar';
import { ThemeToggle } from './theme-toggle';
import { ReportActions, ReportActionsPlaceholder } from './report-actions';
import { useCatalogGuard } from './use-catalog-guard';
import { ViewChrome } from './view-chrome';
import { ViewSwitch } from './view-switch';
import './app.css';

/**
 * The trend chart carries Recharts (~100 KB gzip): loaded beside the first
 * view so the KPIs and filters paint without waiting for it.
 */
const TrendPanel = lazy(() =>
  import('@/features/trend/trend-panel').then((module) => ({
    default: module.TrendPanel,
  })),
);

/** The border overview is a second screen: its code loads when it opens. */
const OverviewScreen = lazy(() =>
  import('@/features/overview/overview-screen').then((module) => ({
    default: module.OverviewScreen,
  })),
);
const OverviewActions = lazy(() =>
  import('@/features/overview/overview-screen').then((module) => ({
    default: module.OverviewActions,
  })),
);

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <ErrorBoundary FallbackComponent={AppCrash}>
      <QueryClientProvider client={queryClient}>
        <Shell />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

function Shell() {
  const { t } = useI18n();
  const ready = useCatalogGuard();
  const view = useFilters((f) => f.view);
  const product = t('app.product');
  useEffect(() => {
    // The tab and bookmark name follow the language, like the page itself.
    document.title = product;
  }, [product]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip-to-content')}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <span className="app-product">{t('app.product')}</span>
          <DataBadge />
        </div>
        <div className="header-tools">
          <ViewSwitch />
          {/* Only the demo backend keeps an import: a real-backend build drops the controls' code. */}
          {__DEMO_BACKEND__ ? <ImportControls /> : null}
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </header>
      <ViewChrome ready={ready}>
        <main id="main" className="app-main" tabIndex={-1}>
          <div className="title-row">
            <DashboardTitle />
            {view === 'pair' ? (
              ready ? (
                <ReportActions />
              ) : (
                <ReportActionsPlaceholder />
              )
            ) : null}
            {ready && view === 'overview' ? (
              <Suspense fallback={null}>
                <OverviewActions />
              </Suspense>
            ) : null}
          </div>
          <NoticeBar />
          <CatalogNotice />
          <FilterBar />
          {ready && view === 'overview' ? (
            <Suspense fallback={<Skeleton height={420} lines={3} />}>
              <OverviewScreen />
            </Suspense>
          ) : ready ? (
            <>
              <KpiPanel />
              <Suspense
                fallback={
                  // As tall as the panel it stands for (app.css).
                  <div className="trend-fallback">
                    <Skeleton height={320} />
                  </div>
                }
              >
                <TrendPanel />
              </Suspense>
              <div className="panel-row">
                <SectorsPanel />
                <BreakdownPanel />
              </div>
              <ReportedPanel />
              <CooperationPanel />
            </>
          ) : (
            <Skeleton height={320} lines={2} />
          )}
        </main>
      </ViewChrome>
      <ConnectionBanner />
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
