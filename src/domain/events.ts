import type { Month } from '@/api/schemas/common';
import type {
  CooperationAreaId,
  CooperationEvent,
} from '@/api/schemas/cooperation';
import type { MonthRange } from './months';

/**
 * The months an event may fall in, given its precision: one month for a day
 * or a month, the whole year for a year-precision event.
 */
export function eventMonths(
  event: Pick<CooperationEvent, 'date' | 'precision'>,
): MonthRange {
  const year = event.date.slice(0, 4);
  if (event.precision === 'year')
    return { from: `${year}-01`, to: `${year}-12` };
  const month = event.date.slice(0, 7);
  return { from: month, to: month };
}

/** Whether an event may lie within a month range (any overlap counts). */
export function eventInRange(
  event: Pick<CooperationEvent, 'date' | 'precision'>,
  range: MonthRange,
): boolean {
  const months = eventMonths(event);
  return months.from <= range.to && months.to >= range.from;
}

/**
 * The month to mark an event at on a monthly chart, or null when the event
 * is only known to the year: placing it on a month would invent precision.
 */
export function markerMonth(
  event: Pick<CooperationEvent, 'date' | 'precision'>,
): Month | null {
  return event.precision === 'year' ? null : event.date.slice(0, 7);
}

export type EventStatus = 'held' | 'planned' | 'unconfirmed';

/**
 * Status as of `today` (`YYYY-MM-DD`): a planned event whose date has passed
 * without a report that it was held is `unconfirmed`, not `held`. An event
 * of month or year precision has passed once its whole month or year has.
 */
export function eventStatus(
  event: Pick<CooperationEvent, 'date' | 'precision' | 'status'>,
  today: string,
): EventStatus {
  if (event.status === 'held') return 'held';
  const lastMonth = eventMonths(event).to;
  const passed =
    event.precision === 'day'
      ? event.date < today
      : lastMonth < today.slice(0, 7);
  return passed ? 'unconfirmed' : 'planned';
}

/**
 * Events in chronological order; within the same period the less precise
 * one comes first (a year before its months, a month before its days).
 */
export function sortEvents<T extends Pick<CooperationEvent, 'date' | 'id'>>(
  events: readonly T[],
): T[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1,
  );
}

/** Events of one area, or all when `area` is null. */
export function eventsOfArea<T extends Pick<CooperationEvent, 'areas'>>(
  events: readonly T[],
  area: CooperationAreaId | null,
): T[] {
  return area === null
    ? [...events]
    : events.filter((e) => e.areas.includes(area));
}
