import type { Month } from '@/api/schemas/common';
import { type MonthRange, shiftMonth } from './months';

export type PresetId =
  'forum' | 'ytd' | 'q1' | 'q2' | 'q3' | 'q4' | 'year' | 'last12';

export type PeriodPreset = { id: PresetId; from: Month; to: Month };

/** The period of the only published pair figure (reported at the XIX Forum). */
export const FORUM_PERIOD: MonthRange = { from: '2023-01', to: '2023-08' };

/**
 * Period presets relative to the month the view currently ends in (`anchor`):
 * its year to date, its year's quarters and full year, and the 12 months up
 * to it. Presets that would leave the data's coverage are left out, so every
 * offered choice can be made.
 */
export function periodPresets(
  anchor: Month,
  coverage: MonthRange,
): PeriodPreset[] {
  const year = anchor.slice(0, 4);
  const candidates: PeriodPreset[] = [
    { id: 'forum', ...FORUM_PERIOD },
    { id: 'ytd', from: `${year}-01`, to: anchor },
    { id: 'q1', from: `${year}-01`, to: `${year}-03` },
    { id: 'q2', from: `${year}-04`, to: `${year}-06` },
    { id: 'q3', from: `${year}-07`, to: `${year}-09` },
    { id: 'q4', from: `${year}-10`, to: `${year}-12` },
    { id: 'year', from: `${year}-01`, to: `${year}-12` },
    { id: 'last12', from: shiftMonth(anchor, -11), to: anchor },
  ];
  return candidates.filter(
    (p) => p.from >= coverage.from && p.to <= coverage.to,
  );
}
