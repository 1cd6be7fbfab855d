import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import { sectorsQuery } from '@/api/queries/sectors';

/** Reference data the filter controls offer choices from. */
export function useFilterCatalog() {
  const regions = useQuery(regionsQuery());
  const sectors = useQuery(sectorsQuery());
  const meta = useQuery(metaQuery());
  return { regions, sectors, meta };
}
