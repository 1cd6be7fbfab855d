import { z } from 'zod/mini';
import { localizedTextSchema, pairIdSchema, sourceUrlSchema } from './common';

export const COOPERATION_AREAS = [
  'trade-fairs',
  'culture',
  'tourism',
  'honey',
  'maral',
  'agriculture',
  'joint-projects',
] as const;
export const cooperationAreaIdSchema = z.enum(COOPERATION_AREAS);
export type CooperationAreaId = z.infer<typeof cooperationAreaIdSchema>;

/** A cited figure that qualifies an area, e.g. 2024 honey output of a region. */
export const keyFigureSchema = z.object({
  id: z.string(),
  label: localizedTextSchema,
  value: z.number(),
  /** `USD`, `t` (tonnes), `persons`, `head`, `visitors`… formatted by the UI. */
  unit: z.enum(['USD', 't', 'persons', 'head', 'visitors', 'farms']),
  /** The year or period the figure refers to, as the source gives it. */
  period: z.string(),
  /** ISO code(s) of the place the figure is about, e.g. `RU-ALT`. */
  geography: z.string(),
  sourceUrl: sourceUrlSchema,
  sourceName: localizedTextSchema,
  confidence: z.enum(['high', 'medium', 'low']),
  /** Shown next to the figure: a disagreement, an approximation, an old date. */
  caveat: z.nullable(localizedTextSchema),
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const cooperationAreaSchema = z.object({
  id: cooperationAreaIdSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  figures: z.array(keyFigureSchema),
  /** Caveats about the area as a whole (unverified claims, gaps). */
  caveats: z.array(localizedTextSchema),
});
export type CooperationArea = z.infer<typeof cooperationAreaSchema>;

export const EVENT_CATEGORIES = [
  'forum',
  'cultural_humanitarian',
  'exhibition',
  'governance',
  'admin_change',
] as const;

/**
 * A dated event. `date` is as precise as the source: `2023-11-09` (day),
 * `2023-11` (month) or `2017` (year), and `precision` says which, so a
 * month-precision event is never shown with an invented day.
 */
export const cooperationEventSchema = z
  .object({
    id: z.string(),
    date: z
      .string()
      .check(
        z.regex(
          /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
          'expected YYYY, YYYY-MM or YYYY-MM-DD',
        ),
      ),
    precision: z.enum(['day', 'month', 'year']),
    title: localizedTextSchema,
    place: localizedTextSchema,
    category: z.enum(EVENT_CATEGORIES),
    areas: z.array(cooperationAreaIdSchema),
    /** `held` when reported as held, `planned` when announced for a later date. */
    status: z.enum(['held', 'planned']),
    sourceUrl: sourceUrlSchema,
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.nullable(localizedTextSchema),
    /** A disagreement between sources or an unverified claim, shown beside the event. */
    caveat: z.nullable(localizedTextSchema),
  })
  .check(
    z.refine(
      (e) => e.date.length === { day: 10, month: 7, year: 4 }[e.precision],
      { message: 'date does not match its precision', path: ['date'] },
    ),
  );
export type CooperationEvent = z.infer<typeof cooperationEventSchema>;

/** GET /api/cooperation?pair=KZ-63~RU-ALT */
export const cooperationResponseSchema = z.object({
  pair: pairIdSchema,
  areas: z.array(cooperationAreaSchema),
  events: z.array(cooperationEventSchema),
});
export type CooperationResponse = z.infer<typeof cooperationResponseSchema>;
