import type { Flow } from '@/api/schemas/common';
import type { RawCell } from '@/import/types';

const FLOWS: ReadonlyMap<string, Flow> = new Map([
  ['экспорт', 'export'],
  ['export', 'export'],
  ['exports', 'export'],
  ['эк', 'export'],
  ['экс', 'export'],
  ['эксп', 'export'],
  ['exp', 'export'],
  ['вывоз', 'export'],
  ['импорт', 'import'],
  ['import', 'import'],
  ['imports', 'import'],
  ['им', 'import'],
  ['имп', 'import'],
  ['imp', 'import'],
  ['ввоз', 'import'],
]);

/**
 * A flow cell: `экспорт`, `импорт`, `export`, `import`, `ЭК`, `ИМ`, `EXP`,
 * `IMP`, `экс`, `имп` in any case, trimmed, a trailing dot allowed. Flows
 * are read from the Kazakh side, as every record is.
 */
export function parseFlow(cell: RawCell): Flow | null {
  if (typeof cell !== 'string') return null;
  let text = cell.trim().toLowerCase();
  if (text.endsWith('.')) text = text.slice(0, -1);
  return FLOWS.get(text) ?? null;
}
