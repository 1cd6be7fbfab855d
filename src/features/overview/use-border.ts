import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metaQuery } from '@/api/queries/meta';
import { tradeByPairQuery } from '@/api/queries/trade';
import type { TradeByPairResponse } from '@/api/schemas/trade';
import { claimableFigures, reportedFigureFor } from '@/domain/provenance';
import { change, type Change } from '@/domain/trade';
import { useFilters } from '@/state/filters';
import { useBorderView } from '@/view-model/trade-view';
import { useRegionName } from '@/view-model/use-region-name';

/** What a row's figure rests on: a published figure, synthetic cells, or an import. */
export type RowStatus = 'reported' | 'illustrative' | 'user';

export type PairRow = {
  pair: string;
  kz: string;
  ru: string;
  kzName: string;
  ruName: string;
  exports: number;
  imports: number;
  turnover: number;
  /** Against the same months a year earlier; null without comparison or data then. */
  change: Change | null;
  /** Share of the border pairs' total turnover, 0–1. */
  share: number;
  status: RowStatus;
  /** No cell of the pair was reported in the period. */
  empty: boolean;
};

export type RegionShare = {
  kz: string;
  name: string;
  /** The region's turnover with all of Russia. */
  withRussia: number;
  /** Of it, with its neighbouring Russian regions. */
  throughPairs: number;
  /** throughPairs / withRussia, or null when the region has no trade. */
  share: number | null;
};

const turnoverOf = (x: { exports: number; imports: number }) =>
  x.exports + x.imports;

/**
 * The whole border for the current filters, from one request
 * (`/api/trade/by-pair`): every border pair with its names, change, share
 * and data status; each Kazakh border region with all of Russia and the part
 * its border pairs carry; Kazakhstan ↔ Russia.
 */
export function useBorder() {
  const borderView = useBorderView();
  const filters = useFilters((f) => f);
  const name = useRegionName();
  const meta = useQuery(metaQuery());
  const byPair = useQuery(tradeByPairQuery(borderView));
  const model = useMemo(
    () =>
      byPair.data
        ? borderModel(byPair.data, {
            name,
            status: (pair, synthetic) => {
              const figure = reportedFigureFor(
                claimableFigures(meta.data),
                { ...filters, pair },
                'turnover',
              );
              if (figure) return 'reported';
              if (meta.data?.status === 'user') return 'user';
              return synthetic ? 'illustrative' : 'reported';
            },
          })
        : null,
    [byPair.data, name, meta.data, filters],
  );
  return { byPair, model };
}

/** Rows, region shares and totals from a by-pair answer. Pure; exported for its test. */
export function borderModel(
  data: TradeByPairResponse,
  helpers: {
    name: (code: string) => string;
    status: (pair: string, synthetic: boolean) => RowStatus;
  },
) {
  const { current, previous } = data;
  const total = current.pairs.reduce((sum, p) => sum + turnoverOf(p), 0);
  const before = new Map(
    (previous?.pairs ?? []).map((p) => [p.pair, p] as const),
  );
  const rows: PairRow[] = current.pairs.map((p) => {
    const earlier = before.get(p.pair);
    return {
      pair: p.pair,
      kz: p.kz,
      ru: p.ru,
      kzName: helpers.name(p.kz),
      ruName: helpers.name(p.ru),
      exports: p.exports,
      imports: p.imports,
      turnover: turnoverOf(p),
      change:
        earlier && earlier.provenance.reportedCells > 0
          ? change(turnoverOf(p), turnoverOf(earlier))
          : null,
      share: total === 0 ? 0 : turnoverOf(p) / total,
      status: helpers.status(p.pair, p.provenance.synthetic),
      empty: p.provenance.reportedCells === 0,
    };
  });
  const regions: RegionShare[] = current.regions.map((r) => {
    const withRussia = turnoverOf(r);
    const throughPairs = rows
      .filter((row) => row.kz === r.kz)
      .reduce((sum, row) => sum + row.turnover, 0);
    return {
      kz: r.kz,
      name: helpers.name(r.kz),
      withRussia,
      throughPairs,
      share: withRussia === 0 ? null : throughPairs / withRussia,
    };
  });
  const country = turnoverOf(current.country);
  const previousTotal = previous
    ? previous.pairs.reduce((sum, p) => sum + turnoverOf(p), 0)
    : null;
  return {
    rows,
    regions,
    total: {
      exports: current.pairs.reduce((sum, p) => sum + p.exports, 0),
      imports: current.pairs.reduce((sum, p) => sum + p.imports, 0),
      turnover: total,
      change:
        previousTotal !== null && previousTotal > 0
          ? change(total, previousTotal)
          : null,
    },
    country: {
      turnover: country,
      share: country === 0 ? null : total / country,
    },
  };
}

export type BorderModel = ReturnType<typeof borderModel>;
