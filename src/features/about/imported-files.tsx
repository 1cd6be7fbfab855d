import type { ImportedFile } from '@/api/schemas/meta';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { ControlTotalText } from '@/components/control-total-text';
import {
  CONTAINER_KEY,
  isKeyOf,
  ROLE_KEY,
  UNIT_KEY,
} from '@/view-model/import-labels';
import { useRegionName } from '@/view-model/use-region-name';

/** The files behind an analyst's dataset: how each was read, mapped and checked. */
export function ImportedFiles({ files }: { files: readonly ImportedFile[] }) {
  const { t } = useI18n();
  const format = useFormat();
  const name = useRegionName();
  return (
    <>
      <h3>{t('import.about.title')}</h3>
      <p>{t('import.about.rule')}</p>
      <ul className="about-list">
        {files.map((file) => {
          const fixed = [
            file.fixed.kz ? `${t('import.kz')}: ${name(file.fixed.kz)}` : null,
            file.fixed.ru ? `${t('import.ru')}: ${name(file.fixed.ru)}` : null,
            file.fixed.flow === 'export' || file.fixed.flow === 'import'
              ? `${t('import.flow')}: ${t(file.fixed.flow === 'export' ? 'common.flow.export' : 'common.flow.import')}`
              : null,
            file.fixed.unit && isKeyOf(UNIT_KEY, file.fixed.unit)
              ? `${t('import.unit')}: ${t(UNIT_KEY[file.fixed.unit])}`
              : null,
          ].filter((text): text is string => text !== null);
          return (
            <li key={`${file.name}-${file.importedAt}`}>
              <p>
                <strong>
                  {t('import.about.file', {
                    name: file.name,
                    date: format.moment(file.importedAt),
                  })}
                </strong>
              </p>
              <p>
                {t('import.about.read', {
                  container: [
                    t(CONTAINER_KEY[file.container]),
                    file.encoding?.toUpperCase(),
                  ]
                    .filter(Boolean)
                    .join(', '),
                  rows: format.integer(file.rows),
                  records: format.integer(file.records),
                })}
              </p>
              <p>
                {t('import.about.columns')}:{' '}
                {file.columns
                  .filter((c) => c.role !== 'ignore')
                  .map((c) =>
                    isKeyOf(ROLE_KEY, c.role)
                      ? `«${c.label}» → ${t(ROLE_KEY[c.role])}`
                      : `«${c.label}»`,
                  )
                  .join('; ')}
              </p>
              {fixed.length > 0 ? (
                <p>{t('import.about.fixed', { text: fixed.join('; ') })}</p>
              ) : null}
              {file.controlTotals.map((total) => (
                <p
                  key={total.row}
                  className={total.matches ? undefined : 'caveat'}
                >
                  <ControlTotalText total={total} />
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}
