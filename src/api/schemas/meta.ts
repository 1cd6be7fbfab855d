import { z } from 'zod';
import { localizedTextSchema, monthSchema, pairIdSchema } from './common';

/** A published figure with its source, as the dataset's anchor. */
export const reportedFigureSchema = z.object({
  id: z.string(),
  statement: localizedTextSchema,
  value: z.number(),
  unit: z.string(),
  /** `YYYY-MM..YYYY-MM`, a year, or free text when the source is vague. */
  period: z.string(),
  geography: z.string(),
  sourceUrl: z.url(),
  sourceName: localizedTextSchema,
  caveat: localizedTextSchema.nullable(),
});
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;

/** How a block of synthetic records was scaled. */
export const calibrationSchema = z.object({
  id: z.string(),
  basis: z.enum(['reported', 'extrapolated', 'demo-scale']),
  /** The reported figure it reproduces or extrapolates from, if any. */
  figureId: z.string().nullable(),
  pair: pairIdSchema.nullable(),
  from: monthSchema.nullable(),
  to: monthSchema.nullable(),
  /** The sum of the block in USD (exact for `reported`). */
  totalUsd: z.number().nullable(),
  description: localizedTextSchema,
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  url: z.url(),
});
export type Source = z.infer<typeof sourceSchema>;

/** GET /api/meta: what the dataset is, where it comes from, what it assumes. */
export const datasetMetaSchema = z.object({
  datasetId: z.string(),
  version: z.string(),
  status: z.enum(['illustrative', 'official', 'user']),
  coverage: z.object({ from: monthSchema, to: monthSchema }),
  reportedFigures: z.array(reportedFigureSchema),
  calibrations: z.array(calibrationSchema),
  assumptions: z.array(localizedTextSchema),
  caveats: z.array(localizedTextSchema),
  sources: z.array(sourceSchema),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
