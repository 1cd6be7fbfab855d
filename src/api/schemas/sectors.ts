import { z } from 'zod';
import { localizedTextSchema, sectorIdSchema } from './common';

export const SECTOR_GROUPS = [
  'agri_food',
  'minerals_energy',
  'chemicals_plastics',
  'light_industry',
  'wood_paper',
  'construction_materials',
  'metals',
  'machinery',
  'transport_equipment',
  'other',
] as const;
export const sectorGroupSchema = z.enum(SECTOR_GROUPS);
export type SectorGroup = z.infer<typeof sectorGroupSchema>;

export const sectorSchema = z.object({
  id: sectorIdSchema,
  number: z.number().int().min(1).max(21),
  /** HS chapters the section spans, e.g. `01-05`. */
  chapters: z.string(),
  group: sectorGroupSchema,
  name: localizedTextSchema,
  /** Short label for charts and tables, e.g. "Machinery & electrical". */
  shortName: localizedTextSchema,
  /** No official Kazakh text of the section titles exists; ours is a translation. */
  kkUnofficial: z.boolean(),
});
export type Sector = z.infer<typeof sectorSchema>;

/** GET /api/sectors */
export const sectorsResponseSchema = z.object({
  sectors: z.array(sectorSchema),
});
export type SectorsResponse = z.infer<typeof sectorsResponseSchema>;
