import type { Flow, SectorId } from '@/api/schemas/common';
import type { TradeRecord } from '@/api/schemas/trade';

/** Builds a record for domain tests; only the fields a test cares about vary. */
export function record(
  month: string,
  flow: Flow,
  valueUsd: number | null,
  sector: SectorId = 'I',
): TradeRecord {
  return {
    month,
    kz: 'KZ-63',
    ru: 'RU-ALT',
    flow,
    sector,
    valueUsd: valueUsd as TradeRecord['valueUsd'],
    synthetic: true,
    calibration: 'test',
  };
}
