import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { regionsQuery } from '@/api/queries/regions';
import type { DatasetMeta } from '@/api/schemas/meta';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { formatMonthRange, formatUsdExact } from '@/lib/format';
import { useDatasetMeta } from './use-meta';
import { Caveat } from '@/components/caveat';
import { ExternalLink } from '@/components/external-link';

type Props = { open: boolean; onClose: () => void };

/** "About the data": what is reported, what is synthetic, assumptions, sources. */
export function AboutDialog({ open, onClose }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="about-dialog"
      onClose={onClose}
    >
      {/* A div, not <header>: a banner landmark inside a dialog confuses screen readers. */}
      <div className="dialog-header">
        <h2 id={titleId}>{t('about.dialog.title')}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {open ? <AboutBody /> : null}
    </dialog>
  );
}

function AboutBody() {
  const meta = useDatasetMeta();
  if (meta.isPending) return <Skeleton height={200} />;
  if (meta.isError) {
    return (
      <ErrorState
        error={meta.error}
        onRetry={() => void meta.refetch()}
        retrying={meta.isFetching}
      />
    );
  }
  return <AboutContent meta={meta.data} />;
}

function AboutContent({ meta }: { meta: DatasetMeta }) {
  const { t, language, locale } = useI18n();
  const regions = useQuery(regionsQuery());
  // `KZ-63<->RU-ALT` reads as "East Kazakhstan Region ↔ Altai Krai".
  const placeName = (geography: string) =>
    geography
      .split('<->')
      .map(
        (code) =>
          regions.data?.regions.find((r) => r.code === code)?.name[language] ??
          code,
      )
      .join(' ↔ ');
  return (
    <div className="about-body">
      <p className="about-lead">{t('about.dialog.lead')}</p>

      <h3>{t('about.dialog.reported')}</h3>
      <ul className="about-list">
        {meta.reportedFigures.map((figure) => (
          <li key={figure.id}>
            <p>
              <strong>
                {figure.unit === 'USD'
                  ? formatUsdExact(figure.value, locale)
                  : figure.value}
              </strong>{' '}
              ({formatPeriod(figure.period, locale)},{' '}
              {placeName(figure.geography)}) — {figure.statement[language]}
            </p>
            <p className="about-source">
              {t('about.dialog.source')}{' '}
              <ExternalLink href={figure.sourceUrl}>
                {figure.sourceName[language]}
              </ExternalLink>
            </p>
            {figure.caveat ? <Caveat text={figure.caveat[language]} /> : null}
          </li>
        ))}
      </ul>

      <h3>{t('about.dialog.synthetic')}</h3>
      <ul className="about-list">
        {meta.calibrations.map((c) => (
          <li key={c.id}>
            <p>
              <strong>{t(CALIBRATION_BASIS_KEY[c.basis])}</strong>
              {c.totalUsd === null ? null : (
                <> · {formatUsdExact(c.totalUsd, locale)}</>
              )}
            </p>
            <p>{c.description[language]}</p>
          </li>
        ))}
      </ul>

      <h3>{t('about.dialog.assumptions')}</h3>
      <ul className="about-list">
        {meta.assumptions.map((a) => (
          <li key={a.en}>{a[language]}</li>
        ))}
      </ul>

      <h3>{t('about.dialog.caveats')}</h3>
      <ul className="about-list">
        {meta.caveats.map((c) => (
          <li key={c.en} className="caveat">
            {c[language]}
          </li>
        ))}
      </ul>

      <h3>{t('about.dialog.sources')}</h3>
      <ol className="about-sources">
        {meta.sources.map((s) => (
          <li key={s.id}>
            <ExternalLink href={s.url}>{s.title[language]}</ExternalLink>
          </li>
        ))}
      </ol>
    </div>
  );
}

const CALIBRATION_BASIS_KEY = {
  reported: 'about.basis.reported',
  extrapolated: 'about.basis.extrapolated',
  'demo-scale': 'about.basis.demo-scale',
} as const;

/** `2023-01..2023-08` as a localised month range; other periods as the source gives them. */
function formatPeriod(period: string, locale: string): string {
  const range = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(period);
  return range?.[1] && range[2]
    ? formatMonthRange(range[1], range[2], locale)
    : period;
}
