import { z } from 'zod/mini';
import {
  kzSideSchema,
  localizedTextSchema,
  monthSchema,
  pairIdSchema,
  ruSideSchema,
  sourceUrlSchema,
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
  valueUsd: z.number().check(z.positive()),
  qualifier: qualifierSchema,
  flow: reportedFlowSchema,
  basis: basisSchema,
  /** The source's words, in the source's language. */
  quote: z.string().check(z.minLength(1)),
  quoteLanguage: z.enum(['ru', 'kk', 'en']),
  sourceUrl: sourceUrlSchema,
  publisher: localizedTextSchema,
  /** When the source was published, as precisely as it shows. */
  published: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  /** Shown next to the figure: an inferred year, a vague partner, a scale doubt. */
  caveat: z.nullable(localizedTextSchema),
});
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;

/** How a block of synthetic records was scaled. */
export const calibrationSchema = z.object({
  id: z.string(),
  basis: z.enum(['reported', 'extrapolated', 'demo-scale']),
  /** The reported figure it reproduces or extrapolates from, if any. */
  figureId: z.nullable(z.string()),
  pair: z.nullable(pairIdSchema),
  from: z.nullable(monthSchema),
  to: z.nullable(monthSchema),
  /** The sum of the block in USD (exact for `reported`). */
  totalUsd: z.nullable(z.number()),
  description: localizedTextSchema,
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  url: sourceUrlSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** A subtotal row of an imported file against the rows it sums. */
export const controlTotalSchema = z.object({
  row: z.number().check(z.int(), z.positive()),
  label: z.string(),
  expectedUsd: z.number(),
  actualUsd: z.number(),
  matches: z.boolean(),
});

/** One file an analyst imported: what it was, how it was read, what it checked. */
export const importedFileSchema = z.object({
  name: z.string(),
  importedAt: z.iso.datetime(),
  /** `text` (CSV, TSV, TXT), `xlsx` or `xls`, and for text the encoding and delimiter. */
  container: z.enum(['text', 'xlsx', 'xls']),
  encoding: z.nullable(z.string()),
  delimiter: z.nullable(z.string()),
  /** The confirmed role of each column, by header text. */
  columns: z.array(z.object({ label: z.string(), role: z.string() })),
  /** What the whole file was said to be, where no column said it. */
  fixed: z.object({
    kz: z.nullable(z.string()),
    ru: z.nullable(z.string()),
    flow: z.nullable(z.string()),
    unit: z.nullable(z.string()),
  }),
  /** Data rows read, and matrix cells they gave. */
  rows: z.number().check(z.int(), z.nonnegative()),
  records: z.number().check(z.int(), z.nonnegative()),
  controlTotals: z.array(controlTotalSchema),
});
export type ImportedFile = z.infer<typeof importedFileSchema>;

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
  /** The files an analyst's dataset was imported from; empty otherwise. */
  imported: z._default(z.array(importedFileSchema), []),
  /**
   * The view to open when the app's own default (East Kazakhstan ↔ Altai
   * Krai, January–August 2023) is not in the data: the largest pair and its
   * latest complete period. Optional: without it the app opens the first
   * border pair on the last twelve months of the coverage.
   */
  defaultView: z.optional(
    z.object({ pair: pairIdSchema, from: monthSchema, to: monthSchema }),
  ),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
