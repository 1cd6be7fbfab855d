import type { ImportedFile } from '@/api/schemas/meta';
import type { ColumnRole, Unit } from '@/import/types';

/**
 * The translation keys of the import's words (column roles, file kinds,
 * units), shared by the import dialog and About's list of imported files.
 */
export const ROLE_KEY = {
  period: 'import.role.period',
  kz: 'import.role.kz',
  ru: 'import.role.ru',
  flow: 'import.role.flow',
  product: 'import.role.product',
  section: 'import.role.section',
  value: 'import.role.value',
  unit: 'import.role.unit',
  ignore: 'import.role.ignore',
} as const satisfies Record<ColumnRole, string>;

export const CONTAINER_KEY = {
  text: 'import.container-text',
  xlsx: 'import.container-xlsx',
  xls: 'import.container-xls',
} as const satisfies Record<ImportedFile['container'], string>;

export const UNIT_KEY = {
  usd: 'import.unit-usd',
  'thousand-usd': 'import.unit-thousand-usd',
  'million-usd': 'import.unit-million-usd',
} as const satisfies Record<Unit, string>;

/** Whether `value` is one of `keys`' keys (stored files carry plain strings). */
export function isKeyOf<K extends string>(
  keys: Record<K, string>,
  value: string,
): value is K {
  return Object.hasOwn(keys, value);
}
