import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { DataBadge } from '@/features/about/data-badge';
import { KpiPanel } from '@/features/kpis/kpi-panel';
import { TrendPanel } from '@/features/trend/trend-panel';
import { useI18n } from '@/i18n/i18n';
import { DashboardTitle } from './dashboard-title';
import { LanguageSwitcher } from './language-switcher';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}

function Shell() {
  const { t } = useI18n();
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
        <LanguageSwitcher />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <DashboardTitle />
        <KpiPanel />
        <TrendPanel />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
