import { useQuery } from '@tanstack/react-query';
import { regionsQuery } from '@/api/queries/regions';
import { Caveat } from '@/components/caveat';
import { boundaryNotes } from '@/domain/boundaries';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useFilters } from '@/state/filters';
import { useRegionName } from '@/view-model/use-region-name';

/**
 * Says beside the figures when the period reaches back past a boundary
 * change of the Kazakh side: Abai region exists from June 2022, and East
 * Kazakhstan included Semey (now Abai) before 8 June 2022.
 */
export function BoundaryNotes() {
  const { t } = useI18n();
  const format = useFormat();
  const pair = useFilters((f) => f.pair);
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const regions = useQuery(regionsQuery());
  const name = useRegionName();
  if (!regions.data) return null;
  return boundaryNotes(pair, { from, to }, regions.data.regions).map((note) => (
    <Caveat
      key={`${note.kind}-${note.region}`}
      text={
        note.kind === 'formed'
          ? t('kpis.boundary.formed', {
              region: name(note.region),
              date: format.day(note.since),
              month: format.month(note.since.slice(0, 7)),
              parent: note.parent ? name(note.parent) : '',
            })
          : t('kpis.boundary.split', {
              region: name(note.region),
              part: name(note.part),
              date: format.day(note.since),
            })
      }
    />
  ));
}
