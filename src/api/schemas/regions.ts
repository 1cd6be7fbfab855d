import { z } from 'zod/mini';
import {
  kzCellCodeSchema,
  kzRegionCodeSchema,
  kzSideSchema,
  localizedTextSchema,
  pairIdSchema,
  ruCellCodeSchema,
  ruRegionCodeSchema,
  ruSideSchema,
  sourceUrlSchema,
} from './common';

/**
 * `region`: a border region, a side of a view and a row or column of the
 * matrix. `rest`: the rest of a country (`KZ-OTHER`), a matrix cell only.
 * `country`: the whole country (`KZ`), a side only, the sum of its cells.
 */
export const REGION_KINDS = ['region', 'rest', 'country'] as const;

export const regionSchema = z.object({
  code: z.union([
    kzSideSchema,
    ruSideSchema,
    kzCellCodeSchema,
    ruCellCodeSchema,
  ]),
  country: z.enum(['KZ', 'RU']),
  kind: z.enum(REGION_KINDS),
  name: localizedTextSchema,
  /** First day the region exists in its current borders (Abai: 2022-06-08). */
  validFrom: z.nullable(z.iso.date()),
  /** The region this one was split from on `validFrom` (Abai from East Kazakhstan). */
  formedFrom: z.nullable(kzRegionCodeSchema),
});
export type Region = z.infer<typeof regionSchema>;

export const borderPairSchema = z.object({
  id: pairIdSchema,
  kz: kzRegionCodeSchema,
  ru: ruRegionCodeSchema,
  sourceUrl: sourceUrlSchema,
});
export type BorderPair = z.infer<typeof borderPairSchema>;

/** GET /api/regions */
export const regionsResponseSchema = z.object({
  regions: z.array(regionSchema),
  pairs: z.array(borderPairSchema),
});
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
