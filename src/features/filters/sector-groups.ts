import type { SectorGroup } from '@/api/schemas/sectors';

/** The six groups analysts pick sectors by; the data's finer groups fold into them. */
export const PICKER_GROUPS = [
  'agri-food',
  'mineral',
  'chemical',
  'metals',
  'machinery',
  'other',
] as const;
export type PickerGroup = (typeof PICKER_GROUPS)[number];

export const PICKER_GROUP_OF: Record<SectorGroup, PickerGroup> = {
  agri_food: 'agri-food',
  minerals_energy: 'mineral',
  chemicals_plastics: 'chemical',
  metals: 'metals',
  machinery: 'machinery',
  transport_equipment: 'machinery',
  light_industry: 'other',
  wood_paper: 'other',
  construction_materials: 'other',
  other: 'other',
};

export const PICKER_GROUP_KEY = {
  'agri-food': 'filters.sectors.group-agri-food',
  mineral: 'filters.sectors.group-mineral',
  chemical: 'filters.sectors.group-chemical',
  metals: 'filters.sectors.group-metals',
  machinery: 'filters.sectors.group-machinery',
  other: 'filters.sectors.group-other',
} as const satisfies Record<PickerGroup, string>;
