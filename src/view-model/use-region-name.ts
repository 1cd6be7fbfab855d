import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { regionsQuery } from '@/api/queries/regions';
import { useI18n } from '@/i18n/i18n';

/**
 * The name of a region, rest-of-country cell or country code (`KZ-63`,
 * `RU-OTHER`, `RU`) in the active language, from /api/regions: the one
 * lookup behind titles, notes, lists and exports. Until the catalogue is
 * known, or for a code it lacks, the code itself.
 */
export function useRegionName(): (code: string) => string {
  const { language } = useI18n();
  const regions = useQuery(regionsQuery());
  const list = regions.data?.regions;
  return useCallback(
    (code: string) =>
      list?.find((r) => r.code === code)?.name[language] ?? code,
    [list, language],
  );
}
