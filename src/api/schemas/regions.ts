import { z } from 'zod';
import {
  kzRegionCodeSchema,
  localizedTextSchema,
  pairIdSchema,
  regionCodeSchema,
  ruRegionCodeSchema,
} from './common';

export const regionSchema = z.object({
  code: regionCodeSchema,
  country: z.enum(['KZ', 'RU']),
  name: localizedTextSchema,
  /** First day the region exists in its current borders (Abai: 2022-06-08). */
  validFrom: z.iso.date().nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const borderPairSchema = z.object({
  id: pairIdSchema,
  kz: kzRegionCodeSchema,
  ru: ruRegionCodeSchema,
  sourceUrl: z.url(),
});
export type BorderPair = z.infer<typeof borderPairSchema>;

/** GET /api/regions */
export const regionsResponseSchema = z.object({
  regions: z.array(regionSchema),
  pairs: z.array(borderPairSchema),
});
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
