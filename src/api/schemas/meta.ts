import { z } from 'zod';
import {
  kzSideSchema,
  localizedTextSchema,
  monthSchema,
  pairIdSchema,
  ruSideSchema,
} from './common';

export const REPORTED_FLOWS = ['turnover', 'export', 'import'] as const;
/** What a reported figure measures, from the Kazakh side. */
export const reportedFlowSchema = z.enum(REPORTED_FLOWS);
export type ReportedFlow = z.infer<typeof reportedFlowSchema>;

/**
 * How the source words the number: `approx` ("about"), `almost`,
 * `more_than`. The dataset reproduces the stated number; the UI shows the word.
 */
export const qualifierSchema = z.enum([
  'exact',
  'approx',
  'almost',
  'more_than',
]);
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * Whose statistics a figure comes from. Kazakh and Russian figures of the
 * same flow are mirror statistics and do not match.
 */
export const basisSchema = z.enum(['kz_side', 'ru_side', 'unknown']);
export type Basis = z.infer<typeof basisSchema>;

/**
 * An officially reported trade figure, at its own level: two sides (a region
 * or a whole country each), a period of whole months, a flow and a value.
 */
export const reportedFigureSchema = z.object({
  id: z.string(),
  kz: kzSideSchema,
  ru: ruSideSchema,
  from: monthSchema,
  to: monthSchema,
  valueUsd: z.number().positive(),
  qualifier: qualifierSchema,
  flow: reportedFlowSchema,
  basis: basisSchema,
  /** The source's words, in the source's language. */
  quote: z.string().min(1),
  quoteLanguage: z.enum(['ru', 'kk', 'en']),
  sourceUrl: z.url(),
  publisher: localizedTextSchema,
  /** When the source was published, as precisely as it shows. */
  published: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  /** Shown next to the figure: an inferred year, a vague partner, a scale doubt. */
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
