// Before any schema is built (see zod-config.ts).
import './zod-config';
import { z } from 'zod/mini';

/** A text the data carries in every product language. */
export const localizedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  ru: z.string().check(z.minLength(1)),
  kk: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A calendar month, `YYYY-MM`. Months are the grain of every trade series. */
export const monthSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM'));
export type Month = z.infer<typeof monthSchema>;

/** ISO 3166-2 subdivision code of a border region, e.g. `KZ-63`, `RU-ALT`. */
export const kzRegionCodeSchema = z.string().check(z.regex(/^KZ-\d{2}$/));
export const ruRegionCodeSchema = z.string().check(z.regex(/^RU-[A-Z]{2,3}$/));
export const regionCodeSchema = z.union([
  kzRegionCodeSchema,
  ruRegionCodeSchema,
]);
export type RegionCode = z.infer<typeof regionCodeSchema>;

/**
 * A row or column of the trade matrix: a border region, or the rest of the
 * country (`KZ-OTHER`, `RU-OTHER`: every region that is not on the border).
 * Records are stored per cell of this matrix, so a region's trade with the
 * whole other country is its row or column sum.
 */
export const kzCellCodeSchema = z.string().check(z.regex(/^KZ-(\d{2}|OTHER)$/));
export const ruCellCodeSchema = z
  .string()
  .check(z.regex(/^RU-([A-Z]{2,3}|OTHER)$/));

/**
 * One side of a view: a border region, or the whole country (`KZ`, `RU`).
 * The rest-of-country cells are parts of a whole, not a side of their own.
 */
export const kzSideSchema = z.string().check(z.regex(/^KZ(-\d{2})?$/));
export const ruSideSchema = z.string().check(z.regex(/^RU(-[A-Z]{2,3})?$/));
export type KzSide = z.infer<typeof kzSideSchema>;
export type RuSide = z.infer<typeof ruSideSchema>;

/**
 * The two sides of a view as they travel in URLs and API parameters, Kazakh
 * side first (all flows are read from the Kazakh side): a border pair
 * `KZ-63~RU-ALT`, a region with the whole other country `KZ-15~RU` or
 * `KZ~RU-OMS`, or the two countries `KZ~RU`. The name `pair` is kept from
 * the first URL format, so old links read as they always did.
 */
export const pairIdSchema = z
  .string()
  .check(
    z.regex(
      /^KZ(-\d{2})?~RU(-[A-Z]{2,3})?$/,
      'expected two sides as KZ-NN~RU-XXX, KZ-NN~RU, KZ~RU-XXX or KZ~RU',
    ),
  );
export type PairId = z.infer<typeof pairIdSchema>;

export const SECTOR_IDS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
] as const;
/** HS / TN VED EAEU section, as a Roman numeral I–XXI. */
export const sectorIdSchema = z.enum(SECTOR_IDS);
export type SectorId = z.infer<typeof sectorIdSchema>;

/** Direction of a flow from the Kazakh region's point of view. */
export const flowSchema = z.enum(['export', 'import']);
export type Flow = z.infer<typeof flowSchema>;

/** A money amount in US dollars (not thousands, not millions). */
export const usdSchema = z.number().check(z.nonnegative()).brand<'Usd'>();
export type Usd = z.infer<typeof usdSchema>;

/** The error body every endpoint returns with a non-2xx status. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/**
 * The address of a cited source: http or https only, so no `javascript:`,
 * `data:` or other scheme can reach a link. Some cited sites serve plain
 * http only (the record is what it is); the app links https addresses and
 * shows an http one as text (components/external-link.tsx).
 */
export const sourceUrlSchema = z.url({ protocol: /^https?$/ });
