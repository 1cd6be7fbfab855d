import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { cooperationQuery } from '@/api/queries/cooperation';
import type { Month } from '@/api/schemas/common';
import { markerMonth } from '@/domain/events';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';

export type EventMarker = { month: Month; titles: string[] };

/**
 * Cooperation events of the pair that fall in `months`, one marker per month.
 * Year-precision events get no marker: a month would invent precision.
 */
export function useEventMarkers(enabled: boolean, months: readonly Month[]) {
  const { language } = useI18n();
  const pair = useFilters((f) => f.pair);
  const events = useQuery({ ...cooperationQuery(pair), enabled });
  const data = events.data;
  // The same markers object while the events, months and language are, so
  // the chart that draws them is not drawn again for nothing.
  const markers = useMemo(() => {
    const inView = new Set(months);
    const byMonth = new Map<Month, string[]>();
    for (const event of data?.events ?? []) {
      const month = markerMonth(event);
      if (month === null || !inView.has(month)) continue;
      byMonth.set(month, [
        ...(byMonth.get(month) ?? []),
        event.title[language],
      ]);
    }
    return [...byMonth].map(([month, titles]): EventMarker => ({
      month,
      titles,
    }));
  }, [data, months, language]);
  return { markers, isError: events.isError };
}
