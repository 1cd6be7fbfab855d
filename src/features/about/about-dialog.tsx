import { useQuery } from '@tanstack/react-query';
import { regionsQuery } from '@/api/queries/regions';
import type { DatasetMeta } from '@/api/schemas/meta';
import { ModalDialog } from '@/components/modal-dialog';
import { QueryContent } from '@/components/panel/query-content';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useDatasetMeta } from './use-meta';
import { ExternalLink } from '@/components/external-link';
import { ReportedFigureItem } from '@/components/reported-figure-item';
import {
  claimableFigures,
  reportedFiguresFor,
  scaleConflicts,
} from '@/domain/provenance';
import { useFilters } from '@/state/filters';
import { useRegionName } from '@/view-model/use-region-name';
import { ImportedFiles } from './imported-files';
import './about-dialog.css';

type Props = { open: boolean; onClose: () => void };

/** "About the data": what is reported, what is synthetic, assumptions, sources. */
export function AboutDialog({ open, onClose }: Props) {
  const { t } = useI18n();
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title={t('about.dialog.title')}
      className="about-dialog"
    >
      <AboutBody />
    </ModalDialog>
  );
}

function AboutBody() {
  const meta = useDatasetMeta();
  return (
    <QueryContent query={meta} skeleton={<Skeleton height={200} />}>
      {(data) => <AboutContent meta={data} />}
    </QueryContent>
  );
}

function AboutContent({ meta }: { meta: DatasetMeta }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const regions = useQuery(regionsQuery());
  const filters = useFilters((f) => f);
  const sideName = useRegionName();
  const matching = new Set(
    reportedFiguresFor(claimableFigures(meta), filters).map((f) => f.id),
  );
  return (
    <div className="about-body">
      <p className="about-lead">
        {meta.status === 'user'
          ? t('about.dialog.lead-user')
          : t('about.dialog.lead')}
      </p>
      {meta.imported.length > 0 ? (
        <ImportedFiles files={meta.imported} />
      ) : null}

      <h3>{t('about.dialog.coverage')}</h3>
      <ul className="about-list">
        <li>{format.monthRange(meta.coverage.from, meta.coverage.to)}</li>
        {(regions.data?.regions ?? [])
          .filter((region) => region.validFrom !== null)
          .map((region) => (
            <li key={region.code}>
              {t('about.dialog.region-from', {
                region: region.name[language],
                month: format.month((region.validFrom ?? '').slice(0, 7)),
                date: format.day(region.validFrom ?? ''),
                parent: region.formedFrom ? sideName(region.formedFrom) : '',
              })}
            </li>
          ))}
      </ul>

      <h3>{t('about.dialog.reported')}</h3>
      <ul className="about-list">
        {meta.reportedFigures.map((figure) => (
          <ReportedFigureItem
            key={figure.id}
            figure={figure}
            sideName={sideName}
            current={matching.has(figure.id)}
            conflicts={scaleConflicts(figure, meta.reportedFigures)}
          />
        ))}
      </ul>

      {meta.calibrations.length > 0 ? (
        <h3>{t('about.dialog.synthetic')}</h3>
      ) : null}
      <ul className="about-list">
        {meta.calibrations.map((c) => (
          <li key={c.id}>
            <p>
              <strong>{t(CALIBRATION_BASIS_KEY[c.basis])}</strong>
              {c.totalUsd === null ? null : (
                <> · {format.usdExact(c.totalUsd)}</>
              )}
            </p>
            <p>{c.description[language]}</p>
          </li>
        ))}
      </ul>

      {meta.assumptions.length > 0 ? (
        <h3>{t('about.dialog.assumptions')}</h3>
      ) : null}
      <ul className="about-list">
        {meta.assumptions.map((a) => (
          <li key={a.en}>{a[language]}</li>
        ))}
      </ul>

      {meta.caveats.length > 0 ? <h3>{t('about.dialog.caveats')}</h3> : null}
      <ul className="about-list">
        {meta.caveats.map((c) => (
          <li key={c.en} className="caveat">
            {c[language]}
          </li>
        ))}
      </ul>

      {meta.sources.length > 0 ? <h3>{t('about.dialog.sources')}</h3> : null}
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
