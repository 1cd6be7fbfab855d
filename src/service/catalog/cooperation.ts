import type {
  CooperationEvent,
  CooperationResponse,
} from '@/api/schemas/cooperation';

/**
 * Cooperation areas and timeline of the demo backend. Every text is grounded
 * in /shared/domain/FACTS.md, facts.csv and events.csv; figure ids (F02…) and
 * event ids (E01…) follow those files so a reviewer can trace each line.
 */

import { cooperationAreas } from './data/cooperation-areas';
import { eventRows } from './data/cooperation-events';

/** Every row of events.csv, in file order (E01…E21), as served on the wire. */
export const cooperationEvents: CooperationEvent[] = eventRows.map(
  (row) => row.event,
);

/**
 * The CSV's region_pair per event id: `|`-separated ISO codes (`KZ-63|RU-ALT`)
 * or a wider scope (`RU-KZ`, `KZ`, `multi`). Not part of the wire type; it only
 * decides which pairs an event is served for.
 */
export const eventRegions: Record<string, string> = Object.fromEntries(
  eventRows.map((row) => [row.event.id, row.regionPair]),
);

/** Scopes that concern every border pair: the forum series, all of Kazakhstan, the multilateral council. */
const WIDE_EVENT_SCOPES = new Set(['RU-KZ', 'KZ', 'multi']);

/**
 * Pairs that get every figure unfiltered: the release is about this pair, and
 * the one figure about another region (F21, Altai Republic) says so in its caveat.
 */
const UNFILTERED_PAIRS = new Set(['KZ-63~RU-ALT']);

/** ISO codes in a facts.csv geography such as `KZ-63<->RU-ALT`, `RU-ALT->KZ` or `KZ-63(old)<->RU`. */
function geographyCodes(geography: string): string[] {
  return geography
    .split(/<->|->/)
    .map((code) => code.replace(/\(.*\)$/, '').trim());
}

function isNationalScope(codes: readonly string[]): boolean {
  return codes.length === 2 && codes.includes('KZ') && codes.includes('RU');
}

function compareDates(a: CooperationEvent, b: CooperationEvent): number {
  if (a.date < b.date) return -1;
  return a.date > b.date ? 1 : 0;
}

/**
 * The cooperation view of one border pair (`KZ-63~RU-ALT`). Always all seven
 * areas. Outside the release's own pair, an area keeps only figures whose
 * geography names one of the pair's two regions (codes are matched whole, so
 * `RU-AL` never matches `RU-ALT`) or is Kazakhstan–Russia as a whole; the rest
 * serve `figures: []`. Events are those whose region_pair names one of the two
 * regions or has a wide scope, sorted by date ascending; dates compare as
 * strings, so a year-precision event sorts before the dated events of its year,
 * and ties keep file order.
 */
export function cooperationForPair(pair: string): CooperationResponse {
  const codes = pair.split('~');
  const concernsPair = (regionCodes: readonly string[]) =>
    regionCodes.some((code) => codes.includes(code));

  const areas = UNFILTERED_PAIRS.has(pair)
    ? cooperationAreas
    : cooperationAreas.map((area) => ({
        ...area,
        figures: area.figures.filter((figure) => {
          const figureCodes = geographyCodes(figure.geography);
          return concernsPair(figureCodes) || isNationalScope(figureCodes);
        }),
      }));

  const events = eventRows
    .filter(
      ({ regionPair }) =>
        WIDE_EVENT_SCOPES.has(regionPair) ||
        concernsPair(regionPair.split('|')),
    )
    .map((row) => row.event)
    .sort(compareDates);

  return { pair, areas, events };
}
