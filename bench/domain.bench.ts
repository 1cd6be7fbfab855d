import { bench, describe } from 'vitest';
import { generateTradeRecords } from '../mocks/data/generate';
import { monthsInRange } from '../src/domain/months';
import { flowTotals, monthlyByFlow, totalsBySector } from '../src/domain/trade';

// The whole demo cube (19 pairs × 48 months × 21 sections × 2 flows, ~37,600
// records): far more than one view receives, so a regression shows plainly.
const records = generateTradeRecords();
const months = monthsInRange('2021-01', '2024-12');

describe('domain aggregations over the whole cube', () => {
  bench('flowTotals', () => {
    flowTotals(records);
  });
  bench('monthlyByFlow', () => {
    monthlyByFlow(records, months);
  });
  bench('totalsBySector', () => {
    totalsBySector(records);
  });
  bench('generateTradeRecords', () => {
    generateTradeRecords();
  });
});
