import { useQuery } from '@tanstack/react-query';
import { cooperationQuery } from '@/api/queries/cooperation';
import { useFilters } from '@/state/filters';

/** Cooperation areas and dated events for the selected pair. */
export function useCooperation() {
  const pair = useFilters((f) => f.pair);
  return useQuery(cooperationQuery(pair));
}

/** Today's date, `YYYY-MM-DD`, for telling held events from planned ones. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
