import type { ImportedFile } from '@/api/schemas/meta';

/** One imported file as the stored import and the dataset's meta list it: a three-row `;` CSV. */
export const IMPORTED_FILE = {
  name: 'a.csv',
  importedAt: '2026-12-01T12:00:00.000Z',
  container: 'text',
  encoding: 'utf-8',
  delimiter: ';',
  columns: [],
  fixed: { kz: null, ru: null, flow: null, unit: null },
  rows: 3,
  records: 3,
  controlTotals: [],
} satisfies ImportedFile;
