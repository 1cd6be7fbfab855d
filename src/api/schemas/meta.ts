import { z } from 'zod';
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
  valueUsd: z.number().positive(),
  qualifier: qualifierSchema,
  flow: reportedFlowSchema,
  basis: basisSchema,
  /** The source's words, in the source's language. */
  quote: z.string().min(1),
  quoteLanguage: z.enum(['ru', 'kk', 'en']),
  sourceUrl: sourceUrlSchema,
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
  url: sourceUrlSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** A subtotal row of an imported file against the rows it sums. */
export const controlTotalSchema = z.object({
  row: z.number().int().positive(),
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
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  /** The confirmed role of each column, by header text. */
  columns: z.array(z.object({ label: z.string(), role: z.string() })),
  /** What the whole file was said to be, where no column said it. */
  fixed: z.object({
    kz: z.string().nullable(),
    ru: z.string().nullable(),
    flow: z.string().nullable(),
    unit: z.string().nullable(),
  }),
  /** Data rows read, and matrix cells they gave. */
  rows: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
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
  imported: z.array(importedFileSchema).default([]),
  /**
   * The view to open when the app's own default (East Kazakhstan ↔ Altai
   * Krai, January–August 2023) is not in the data: the largest pair and its
   * latest complete period. Optional: without it the app opens the first
   * border pair on the last twelve months of the coverage.
   */
  defaultView: z
    .object({ pair: pairIdSchema, from: monthSchema, to: monthSchema })
    .optional(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
