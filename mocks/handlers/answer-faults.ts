import type { RegionsResponse } from '@/api/schemas/regions';
import type {
  PeriodByPair,
  PeriodBySector,
  PeriodMonthly,
  PeriodTotals,
  TradeByPairResponse,
  TradeBySectorResponse,
  TradeMonthlyResponse,
  TradeRecordsResponse,
  TradeTotalsResponse,
} from '@/api/schemas/trade';
import { previousYearRange, shiftMonth } from '@/domain/months';

/*
 * Answer faults: the service's real answer to a trade request, spoilt in one
 * way a broken backend could spoil it. Each returns a new answer and leaves
 * the real one alone; an answer without a row to spoil comes back as it was.
 * All but `duplicate` on totals are refused by the client's answer checks
 * (src/api/answer-checks.ts); see `ANSWER_FAULTS`.
 */

export const ANSWER_FAULT_NAMES = [
  'duplicate',
  'outside',
  'foreign',
  '1e20',
  'fractional',
] as const;
export type AnswerFault = (typeof ANSWER_FAULT_NAMES)[number];

export const TRADE_ENDPOINTS = [
  'totals',
  'monthly',
  'by-sector',
  'by-pair',
  'records',
] as const;
export type TradeEndpoint = (typeof TRADE_ENDPOINTS)[number];

/** What a spoiler may ask besides the answer: the service, for another pair's answer. */
export type AnswerContext = {
  request: Request;
  answer: (request: Request) => Promise<Response>;
};

type Spoil<T> = (answer: T, context: AnswerContext) => T | Promise<T>;

/** A value no trade figure can have, and one with cents: both break the money rule. */
const HUGE_USD = 1e20;
const CENTS = 0.37;

/** The current period of an aggregate, spoilt by `spoil`. */
function current<P>(spoil: (period: P) => P) {
  return <T extends { current: P }>(answer: T): T => ({
    ...answer,
    current: spoil(answer.current),
  });
}

/** A year earlier than asked: `from` and `to` no longer echo the query. */
function lastYear<P extends { from: string; to: string }>(period: P): P {
  return { ...period, ...previousYearRange(period) };
}

/** The list with its first row twice, one after the other. */
function repeatFirst<R>(rows: readonly R[]): R[] {
  const [first, ...rest] = rows;
  return first === undefined ? [...rows] : [first, first, ...rest];
}

/** The list with its first row replaced by `spoil(row)`. */
function spoilFirst<R>(rows: readonly R[], spoil: (row: R) => R): R[] {
  const [first, ...rest] = rows;
  return first === undefined ? [...rows] : [spoil(first), ...rest];
}

/** Exports replaced by `exports`; turnover and balance follow, so only the value is wrong. */
function totalsWithExports(period: PeriodTotals, exports: number) {
  return {
    ...period,
    exports: exports as PeriodTotals['exports'],
    turnover: (exports + period.imports) as PeriodTotals['turnover'],
    balance: exports - period.imports,
  };
}

const totals: Partial<Record<AnswerFault, Spoil<TradeTotalsResponse>>> = {
  // Every sum doubled, consistently: turnover is still exports + imports.
  // Nothing in the answer shows it, so the client cannot refuse it.
  duplicate: current((p: PeriodTotals) => ({
    ...p,
    exports: (p.exports * 2) as PeriodTotals['exports'],
    imports: (p.imports * 2) as PeriodTotals['imports'],
    turnover: (p.turnover * 2) as PeriodTotals['turnover'],
    balance: p.balance * 2,
  })),
  outside: current(lastYear<PeriodTotals>),
  '1e20': current((p: PeriodTotals) => totalsWithExports(p, HUGE_USD)),
  fractional: current((p: PeriodTotals) =>
    totalsWithExports(p, p.exports + CENTS),
  ),
};

type Point = PeriodMonthly['points'][number];
type Usd = NonNullable<Point['export']>;

const monthly: Partial<Record<AnswerFault, Spoil<TradeMonthlyResponse>>> = {
  duplicate: current((p: PeriodMonthly) => ({
    ...p,
    points: repeatFirst(p.points),
  })),
  // One month past the end of the period, after the months asked for.
  outside: current((p: PeriodMonthly) => ({
    ...p,
    points: [
      ...p.points,
      { month: shiftMonth(p.to, 1), export: null, import: null },
    ],
  })),
  '1e20': current((p: PeriodMonthly) => ({
    ...p,
    points: spoilFirst(p.points, (point) => ({
      ...point,
      export: HUGE_USD as Usd,
    })),
  })),
  fractional: current((p: PeriodMonthly) => ({
    ...p,
    points: spoilFirst(p.points, (point) => ({
      ...point,
      export: ((point.export ?? 0) + CENTS) as Usd,
    })),
  })),
};

type Sector = PeriodBySector['sectors'][number];

const bySector: Partial<Record<AnswerFault, Spoil<TradeBySectorResponse>>> = {
  duplicate: current((p: PeriodBySector) => ({
    ...p,
    sectors: repeatFirst(p.sectors),
  })),
  outside: current(lastYear<PeriodBySector>),
  '1e20': current((p: PeriodBySector) => ({
    ...p,
    sectors: spoilFirst(p.sectors, (s) => ({
      ...s,
      exports: HUGE_USD as Sector['exports'],
    })),
  })),
  fractional: current((p: PeriodBySector) => ({
    ...p,
    sectors: spoilFirst(p.sectors, (s) => ({
      ...s,
      exports: (s.exports + CENTS) as Sector['exports'],
    })),
  })),
};

type PairRow = PeriodByPair['pairs'][number];

/** The ids of the first two pairs swapped: each id names the other's sides. */
function swappedIds(pairs: readonly PairRow[]): PairRow[] {
  const [a, b, ...rest] = pairs;
  if (a === undefined || b === undefined) return [...pairs];
  return [{ ...a, pair: b.pair }, { ...b, pair: a.pair }, ...rest];
}

const byPair: Partial<Record<AnswerFault, Spoil<TradeByPairResponse>>> = {
  duplicate: current((p: PeriodByPair) => ({
    ...p,
    pairs: repeatFirst(p.pairs),
  })),
  outside: current(lastYear<PeriodByPair>),
  foreign: current((p: PeriodByPair) => ({ ...p, pairs: swappedIds(p.pairs) })),
  '1e20': current((p: PeriodByPair) => ({
    ...p,
    pairs: spoilFirst(p.pairs, (row) => ({
      ...row,
      exports: HUGE_USD as PairRow['exports'],
    })),
  })),
  fractional: current((p: PeriodByPair) => ({
    ...p,
    pairs: spoilFirst(p.pairs, (row) => ({
      ...row,
      exports: (row.exports + CENTS) as PairRow['exports'],
    })),
  })),
};

type RecordRow = TradeRecordsResponse['records'][number];

/**
 * The same page of another border pair's records: the first pair of the
 * catalogue, other than the one asked for, that has any.
 */
async function foreignRecords(
  answer: TradeRecordsResponse,
  { request, answer: ask }: AnswerContext,
): Promise<TradeRecordsResponse> {
  const url = new URL(request.url);
  const asked = url.searchParams.get('pair');
  const regions = (await (
    await ask(new Request(new URL('/api/regions', url)))
  ).json()) as RegionsResponse;
  for (const { id } of regions.pairs) {
    if (id === asked) continue;
    const other = new URL(url);
    other.searchParams.set('pair', id);
    const reply = await ask(new Request(other));
    if (!reply.ok) continue;
    const page = (await reply.json()) as TradeRecordsResponse;
    if (page.records.length > 0) return page;
  }
  return answer;
}

const records: Partial<Record<AnswerFault, Spoil<TradeRecordsResponse>>> = {
  duplicate: (a) => ({ ...a, records: repeatFirst(a.records) }),
  outside: (a) => ({
    ...a,
    records: spoilFirst(a.records, (r) => ({
      ...r,
      month: shiftMonth(r.month, -12),
    })),
  }),
  foreign: foreignRecords,
  '1e20': (a) => ({
    ...a,
    records: spoilFirst(a.records, (r) => ({
      ...r,
      valueUsd: HUGE_USD as NonNullable<RecordRow['valueUsd']>,
    })),
  }),
  fractional: (a) => ({
    ...a,
    records: spoilFirst(a.records, (r) => ({
      ...r,
      valueUsd: ((r.valueUsd ?? 0) + CENTS) as NonNullable<
        RecordRow['valueUsd']
      >,
    })),
  }),
};

/**
 * Which answer fault each trade endpoint knows. Missing pairs are not
 * faults of that endpoint (`foreign` totals have no sides to be wrong).
 * The casts erase each endpoint's answer type: the handler picks the
 * spoiler by the request's path, so the answer is always of that type.
 */
export const ANSWER_FAULTS = {
  totals,
  monthly,
  'by-sector': bySector,
  'by-pair': byPair,
  records,
} as unknown as Record<
  TradeEndpoint,
  Partial<Record<AnswerFault, Spoil<unknown>>>
>;

/** The trade endpoint a request is for, from its path, or null. */
export function tradeEndpointOf(url: string): TradeEndpoint | null {
  const name = new URL(url).pathname.split('/api/trade/')[1];
  return TRADE_ENDPOINTS.find((endpoint) => endpoint === name) ?? null;
}
