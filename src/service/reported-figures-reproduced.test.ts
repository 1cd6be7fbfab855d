// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSourceCsv as readCsv } from '@/test/source-csv';
import { tradeTotalsResponseSchema } from '@/api/schemas/trade';
import { demoDataset } from '../../mocks/data/dataset';
import { createService } from './service';

type Expected = {
  id: string;
  pair: string;
  from: string;
  to: string;
  flow: string;
  value: number;
};

const figures: Expected[] = readCsv('reported_figures.csv').map((row) => ({
  id: row['id'] ?? '',
  pair: `${row['kz'] ?? ''}~${row['ru'] ?? ''}`,
  from: row['from_month'] ?? '',
  to: row['to_month'] ?? '',
  flow: row['flow'] ?? '',
  value: Number(row['value_usd']),
}));

/**
 * The national figures the dataset is calibrated to: F04 and F05, the Kazakh
 * government's. F06–F08 are Russian-side rouble conversions or secondary
 * estimates of overlapping periods; calibrating to them too would mix the two
 * sides' statistics in one series, so they stay facts, not calibrations.
 */
const CALIBRATED_NATIONAL = new Set(['F04', 'F05']);

/** Those rows of facts.csv: `KZ<->RU`, a period `YYYY-MM..YYYY-MM` or a year. */
const national: Expected[] = readCsv('facts.csv')
  .filter(
    (row) =>
      CALIBRATED_NATIONAL.has(row['fact_id'] ?? '') &&
      row['geography'] === 'KZ<->RU',
  )
  .map((row) => {
    const period = row['period'] ?? '';
    const [from = '', to = ''] = /^\d{4}$/.test(period)
      ? [`${period}-01`, `${period}-12`]
      : period.split('..');
    return {
      id: row['fact_id'] ?? '',
      pair: 'KZ~RU',
      from,
      to,
      flow: 'turnover',
      value: Number(row['value']),
    };
  });

const service = createService(demoDataset());

describe('the default dataset reproduces every reported figure of the shared CSVs', () => {
  it('finds the national figures F04 and F05 among the facts', () => {
    expect(national.map((f) => f.id)).toEqual(['F04', 'F05']);
    expect(figures).toHaveLength(20);
  });

  it.each([...figures, ...national].map((f) => [f.id, f] as const))(
    '%s at its level, period and flow, through the service',
    async (_, figure) => {
      const search = new URLSearchParams({
        pair: figure.pair,
        from: figure.from,
        to: figure.to,
      });
      const response = await service.fetch(
        new Request(`http://service/api/trade/totals?${search.toString()}`),
      );
      expect(response.status).toBe(200);
      const { current } = tradeTotalsResponseSchema.parse(
        await response.json(),
      );
      const value = {
        turnover: current.turnover,
        export: current.exports,
        import: current.imports,
      }[figure.flow];
      expect(value).toBe(figure.value);
      expect(current.provenance.missingCells).toBe(0);
    },
  );
});
