import { z } from 'zod/mini';
import {
  flowSchema,
  kzCellCodeSchema,
  kzRegionCodeSchema,
  monthSchema,
  pairIdSchema,
  ruCellCodeSchema,
  ruRegionCodeSchema,
  sectorIdSchema,
  usdSchema,
} from './common';
import { chapterIdSchema } from './sectors';

/**
 * One cell of the trade matrix: a month, a Kazakh row (a border region or
 * the rest of Kazakhstan), a Russian column (likewise), a direction and an
 * HS chapter (with its section). `valueUsd` is null when the flow was not reported; null is
 * never zero.
 */
export const tradeRecordSchema = z.object({
  month: monthSchema,
  kz: kzCellCodeSchema,
  ru: ruCellCodeSchema,
  flow: flowSchema,
  /** The section of `chapter`. */
  sector: sectorIdSchema,
  chapter: chapterIdSchema,
  valueUsd: z.nullable(usdSchema),
  /** True for generated (illustrative) values; the UI shows a badge for them. */
  synthetic: z.boolean(),
  /** Id of the calibration (see GET /api/meta) this value was scaled to. */
  calibration: z.string().check(z.minLength(1)),
});
export type TradeRecord = z.infer<typeof tradeRecordSchema>;

/** The filters of a trade query without its view: period, goods, direction. */
export const borderQueryShape = {
  from: monthSchema,
  to: monthSchema,
  sectors: z.optional(z.array(sectorIdSchema)),
  /** HS chapters; with `sectors`, the union of both. */
  chapters: z.optional(z.array(chapterIdSchema)),
  flow: z.optional(flowSchema),
};

/** The fields of a trade query, for schemas that add parameters to it. */
export const tradeQueryShape = { pair: pairIdSchema, ...borderQueryShape };

/** A period reads forwards: `from` is not after `to`. */
export function fromNotAfterTo(q: { from: string; to: string }): boolean {
  return q.from <= q.to;
}
export const FROM_AFTER_TO = {
  message: 'from must not be after to',
  path: ['from'],
};

/**
 * What every trade endpoint is asked: two sides, a period, and optionally
 * HS sections and chapters (both omitted: all; both given: every chapter of
 * the sections and the chapters) and a direction (omitted: both).
 */
export const tradeQuerySchema = z
  .object(tradeQueryShape)
  .check(z.refine(fromNotAfterTo, FROM_AFTER_TO));
export type TradeQuery = z.infer<typeof tradeQuerySchema>;

/**
 * What the whole-border aggregate is asked: the filters of a trade query
 * without its view, since it answers every border pair at once.
 */
export const borderQuerySchema = z
  .object(borderQueryShape)
  .check(z.refine(fromNotAfterTo, FROM_AFTER_TO));
export type BorderQuery = z.infer<typeof borderQuerySchema>;

/** `prev`: also answer for the same months one year earlier. */
export const compareSchema = z.enum(['prev']);
export type Compare = z.infer<typeof compareSchema>;

/**
 * What the figures of an answer rest on. `reportedCells` and `missingCells`
 * count the matrix cells (month × row × column × flow × chapter) summed and
 * skipped; a total over missing cells is a lower bound, and the UI says so.
 */
export const provenanceSchema = z.object({
  /** True when any summed cell is synthetic (illustrative). */
  synthetic: z.boolean(),
  /** Ids of the calibrations (see GET /api/meta) of the summed cells, sorted. */
  calibrations: z.array(z.string()),
  reportedCells: z.number().check(z.int(), z.nonnegative()),
  missingCells: z.number().check(z.int(), z.nonnegative()),
});
export type Provenance = z.infer<typeof provenanceSchema>;

const periodSchema = { from: monthSchema, to: monthSchema };

/** Sums by direction over a period, from the Kazakh side. */
export const periodTotalsSchema = z.object({
  ...periodSchema,
  exports: usdSchema,
  imports: usdSchema,
  /** exports + imports */
  turnover: usdSchema,
  /** exports − imports; negative is a deficit */
  balance: z.number(),
  provenance: provenanceSchema,
});
export type PeriodTotals = z.infer<typeof periodTotalsSchema>;

/** One month of a series; a flow is null when no cell of it was reported. */
export const monthlyPointSchema = z.object({
  month: monthSchema,
  export: z.nullable(usdSchema),
  import: z.nullable(usdSchema),
});
export type MonthlyPointWire = z.infer<typeof monthlyPointSchema>;

export const periodMonthlySchema = z.object({
  ...periodSchema,
  /** Every month of the period, in order. */
  points: z.array(monthlyPointSchema),
  provenance: provenanceSchema,
});
export type PeriodMonthly = z.infer<typeof periodMonthlySchema>;

/** One HS section's sums by direction; sections without any cell are left out. */
export const sectorFlowsSchema = z.object({
  sector: sectorIdSchema,
  exports: usdSchema,
  imports: usdSchema,
});
export type SectorFlows = z.infer<typeof sectorFlowsSchema>;

/** One HS chapter's sums by direction; chapters without any cell are left out. */
export const chapterFlowsSchema = z.object({
  chapter: chapterIdSchema,
  exports: usdSchema,
  imports: usdSchema,
});
export type ChapterFlows = z.infer<typeof chapterFlowsSchema>;

export const periodBySectorSchema = z.object({
  ...periodSchema,
  /** In section order (I…XXI); each section is the sum of its chapters. */
  sectors: z.array(sectorFlowsSchema),
  /** In chapter order (01…97); null unless asked for with `detail=chapters`. */
  chapters: z.nullable(z.array(chapterFlowsSchema)),
  provenance: provenanceSchema,
});
export type PeriodBySector = z.infer<typeof periodBySectorSchema>;

/** Sums by direction and their provenance, without turnover or balance. */
const flowSumsShape = {
  exports: usdSchema,
  imports: usdSchema,
  provenance: provenanceSchema,
};

/** One border pair's sums: the same figures /api/trade/totals gives for that pair. */
export const pairFlowsSchema = z.object({
  pair: pairIdSchema,
  kz: kzRegionCodeSchema,
  ru: ruRegionCodeSchema,
  ...flowSumsShape,
});
export type PairFlows = z.infer<typeof pairFlowsSchema>;

/** A Kazakh border region with all of Russia (its row sum): the view `KZ-xx~RU`. */
export const kzRegionFlowsSchema = z.object({
  kz: kzRegionCodeSchema,
  ...flowSumsShape,
});
export type KzRegionFlows = z.infer<typeof kzRegionFlowsSchema>;

export const countryFlowsSchema = z.object(flowSumsShape);
export type CountryFlows = z.infer<typeof countryFlowsSchema>;

/** The whole border over a period: every pair, every Kazakh border region, and KZ~RU. */
export const periodByPairSchema = z.object({
  ...periodSchema,
  /** Every border pair of /api/regions in its order (west to east), zero sums included. */
  pairs: z.array(pairFlowsSchema),
  /** Each Kazakh border region of those pairs with all of Russia, in order of first appearance. */
  regions: z.array(kzRegionFlowsSchema),
  /** Kazakhstan with Russia: every cell, the rest of each country included. */
  country: countryFlowsSchema,
});
export type PeriodByPair = z.infer<typeof periodByPairSchema>;

/** An aggregate for the query's period and, when asked, the year before. */
function withComparison<S extends z.ZodMiniType>(period: S) {
  return z.object({ current: period, previous: z.nullable(period) });
}

/** GET /api/trade/totals */
export const tradeTotalsResponseSchema = withComparison(periodTotalsSchema);
export type TradeTotalsResponse = z.infer<typeof tradeTotalsResponseSchema>;

/** GET /api/trade/monthly */
export const tradeMonthlyResponseSchema = withComparison(periodMonthlySchema);
export type TradeMonthlyResponse = z.infer<typeof tradeMonthlyResponseSchema>;

/** What a by-sector answer lists: sections only, or their chapters too (`detail=chapters`). */
export type SectorDetail = 'sections' | 'chapters';

/** GET /api/trade/by-sector */
export const tradeBySectorResponseSchema = withComparison(periodBySectorSchema);
export type TradeBySectorResponse = z.infer<typeof tradeBySectorResponseSchema>;

/** GET /api/trade/by-pair */
export const tradeByPairResponseSchema = withComparison(periodByPairSchema);
export type TradeByPairResponse = z.infer<typeof tradeByPairResponseSchema>;

/** Largest page of GET /api/trade/records. */
export const RECORDS_PAGE_MAX = 5000;

export const pageSchema = z.object({
  offset: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 0),
  limit: z._default(
    z.coerce.number().check(z.int(), z.gte(1), z.lte(RECORDS_PAGE_MAX)),
    1000,
  ),
});
export type Page = z.infer<typeof pageSchema>;

/** GET /api/trade/records: the matrix cells behind a view, one page at a time. */
export const tradeRecordsResponseSchema = z.object({
  records: z.array(tradeRecordSchema),
  /** Matching records over all pages. */
  total: z.number().check(z.int(), z.nonnegative()),
  offset: z.number().check(z.int(), z.nonnegative()),
  limit: z.number().check(z.int(), z.positive()),
});
export type TradeRecordsResponse = z.infer<typeof tradeRecordsResponseSchema>;
