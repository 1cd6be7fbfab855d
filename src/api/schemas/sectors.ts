import { z } from 'zod/mini';
import {
  localizedTextSchema,
  SECTOR_IDS,
  type SectorId,
  sectorIdSchema,
} from './common';

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
  number: z.number().check(z.int(), z.gte(1), z.lte(21)),
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

/**
 * HS 2022 chapters in code order. Chapter 77 is reserved by the WCO for future
 * use and classifies no goods, so it is not a valid id.
 */
export const CHAPTER_IDS = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '40',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '50',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '59',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '67',
  '68',
  '69',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '78',
  '79',
  '80',
  '81',
  '82',
  '83',
  '84',
  '85',
  '86',
  '87',
  '88',
  '89',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
] as const;
export const chapterIdSchema = z.enum(CHAPTER_IDS);
export type ChapterId = z.infer<typeof chapterIdSchema>;

/**
 * The HS 2022 structure: the first chapter of each section, in section order
 * (I starts at 01, II at 06, …, XXI is 97). A section runs up to the next
 * one's first chapter.
 */
const SECTION_FIRST_CHAPTER: Readonly<Record<SectorId, number>> = {
  I: 1,
  II: 6,
  III: 15,
  IV: 16,
  V: 25,
  VI: 28,
  VII: 39,
  VIII: 41,
  IX: 44,
  X: 47,
  XI: 50,
  XII: 64,
  XIII: 68,
  XIV: 71,
  XV: 72,
  XVI: 84,
  XVII: 86,
  XVIII: 90,
  XIX: 93,
  XX: 94,
  XXI: 97,
};

/** The section of every chapter, fixed by the nomenclature: 76 → XV. */
export const CHAPTER_SECTION: Readonly<Record<ChapterId, SectorId>> =
  Object.fromEntries(
    CHAPTER_IDS.map((id) => {
      const code = Number(id);
      const section =
        SECTOR_IDS.findLast((s) => SECTION_FIRST_CHAPTER[s] <= code) ?? 'I';
      return [id, section];
    }),
  ) as Record<ChapterId, SectorId>;

export const chapterSchema = z.object({
  id: chapterIdSchema,
  /** The HS section the chapter belongs to. */
  section: sectorIdSchema,
  /** Official titles: en = WCO HS 2022, ru = EEC TN VED EAEU; kk is ours. */
  name: localizedTextSchema,
  /** Short label for charts; not official in any language. */
  shortName: localizedTextSchema,
  /** No official Kazakh text of the chapter titles was found; ours is a translation. */
  kkUnofficial: z.boolean(),
});
export type Chapter = z.infer<typeof chapterSchema>;

/** GET /api/sectors */
export const sectorsResponseSchema = z.object({
  sectors: z.array(sectorSchema),
  chapters: z.array(chapterSchema),
});
export type SectorsResponse = z.infer<typeof sectorsResponseSchema>;
