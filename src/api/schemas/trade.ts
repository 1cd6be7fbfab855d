import { z } from 'zod';
import {
  flowSchema,
  kzRegionCodeSchema,
  monthSchema,
  pairIdSchema,
  ruRegionCodeSchema,
  sectorIdSchema,
  usdSchema,
} from './common';

/**
 * One cell of the trade cube: a month, a pair, a direction and an HS section.
 * `valueUsd` is null when the flow was not reported; null is never zero.
 */
export const tradeRecordSchema = z.object({
  month: monthSchema,
  kz: kzRegionCodeSchema,
  ru: ruRegionCodeSchema,
  flow: flowSchema,
  sector: sectorIdSchema,
  valueUsd: usdSchema.nullable(),
  /** True for generated (illustrative) values; the UI shows a badge for them. */
  synthetic: z.boolean(),
  /** Id of the calibration (see GET /api/meta) this value was scaled to. */
  calibration: z.string().min(1),
});
export type TradeRecord = z.infer<typeof tradeRecordSchema>;

/**
 * Query of GET /api/trade. The server filters; omitted `sectors` means all
 * sections and omitted `flow` both directions.
 */
export const tradeQuerySchema = z
  .object({
    pair: pairIdSchema,
    from: monthSchema,
    to: monthSchema,
    sectors: z.array(sectorIdSchema).optional(),
    flow: flowSchema.optional(),
  })
  .refine((q) => q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export type TradeQuery = z.infer<typeof tradeQuerySchema>;

/** GET /api/trade */
export const tradeResponseSchema = z.object({
  records: z.array(tradeRecordSchema),
});
export type TradeResponse = z.infer<typeof tradeResponseSchema>;
