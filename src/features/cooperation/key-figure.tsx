import type { KeyFigure as KeyFigureData } from '@/api/schemas/cooperation';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { Caveat } from '@/components/caveat';
import { ExternalLink } from '@/components/external-link';
import './key-figure.css';

const UNIT_KEY = {
  USD: null,
  t: 'cooperation.unit.t',
  persons: 'cooperation.unit.persons',
  head: 'cooperation.unit.head',
  visitors: 'cooperation.unit.visitors',
  farms: 'cooperation.unit.farms',
} as const;

/** A cited figure: value and unit, what it is, its year, source and caveat. */
export function KeyFigure({ figure }: { figure: KeyFigureData }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const unitKey = UNIT_KEY[figure.unit];
  return (
    <div className="key-figure">
      <p className="key-figure-value">
        <span
          title={
            figure.unit === 'USD' ? format.usdExact(figure.value) : undefined
          }
        >
          {format.quantity(figure.value, figure.unit)}
        </span>
        {unitKey ? (
          <span className="key-figure-unit"> {t(unitKey)}</span>
        ) : null}
      </p>
      <p className="key-figure-label">
        {figure.label[language]}{' '}
        <span className="key-figure-period">({figure.period})</span>
      </p>
      <p className="key-figure-source">
        {t('cooperation.figure.source')}{' '}
        <ExternalLink href={figure.sourceUrl}>
          {figure.sourceName[language]}
        </ExternalLink>
        {figure.confidence === 'high' ? null : (
          <span className="confidence">
            {' '}
            · {t(CONFIDENCE_KEY[figure.confidence])}
          </span>
        )}
      </p>
      {figure.caveat ? <Caveat text={figure.caveat[language]} /> : null}
    </div>
  );
}

export const CONFIDENCE_KEY = {
  medium: 'cooperation.confidence.medium',
  low: 'cooperation.confidence.low',
} as const;
