import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';

/** Provenance of the dataset on screen: reported figures, calibrations, sources. */
export function useDatasetMeta() {
  return useQuery(metaQuery());
}
