import type { Flow } from '@/api/schemas/common';
import type {
  ColumnRole,
  Mapping,
  RawCell,
  RawTable,
  Unit,
} from '@/import/types';
import type { ImportCatalog } from './catalog';
import { detectUnit } from './detect-unit';
import { headerRole, type HeaderMatch } from './header-words';
import { isSubtotalLabel } from './is-subtotal-label';
import { parseAmount } from './parse-amount';
import { parseFlow } from './parse-flow';
import { parsePeriod } from './parse-period';
import { parseProduct } from './parse-product';
import { resolveSide, type Country } from './resolve-side';
import { cellText, isBlank, normalizeWords } from './text';

const HEADER_SEARCH_ROWS = 30;
const SAMPLE_ROWS = 50;

type ContentStats = {
  filled: number;
  months: number;
  chapters: number;
  /** Codes that only a product column writes: a leading zero or a name after the code. */
  codeEvidence: number;
  evenCodes: number;
  sections: number;
  kz: number;
  ru: number;
  flows: number;
  numbers: number;
  units: number;
};

function emptyStats(): ContentStats {
  return {
    filled: 0,
    months: 0,
    chapters: 0,
    codeEvidence: 0,
    evenCodes: 0,
    sections: 0,
    kz: 0,
    ru: 0,
    flows: 0,
    numbers: 0,
    units: 0,
  };
}

function addToStats(
  stats: ContentStats,
  cell: RawCell,
  catalog: ImportCatalog,
): void {
  if (isBlank(cell)) return;
  stats.filled++;
  const amount = parseAmount(cell);
  if (amount.kind === 'number' || amount.kind === 'marker') stats.numbers++;
  const period = parsePeriod(cell);
  if (period?.kind === 'month') stats.months++;
  if (typeof cell === 'string') {
    const product = parseProduct(cell);
    if (product?.kind === 'chapter') {
      stats.chapters++;
      const text = cell.trim().replace(/^['"«]+/, '');
      if (text.startsWith('0') || /\p{L}/u.test(text)) stats.codeEvidence++;
      if (/^\d+$/.test(text) && text.length % 2 === 0) stats.evenCodes++;
    } else if (product?.kind === 'section') {
      stats.sections++;
    }
    if (resolveSide(cell, 'KZ', catalog) !== null) stats.kz++;
    if (resolveSide(cell, 'RU', catalog) !== null) stats.ru++;
    if (parseFlow(cell) !== null) stats.flows++;
    if (detectUnit(cell) !== null) stats.units++;
  }
}

function share(count: number, stats: ContentStats): number {
  return stats.filled === 0 ? 0 : count / stats.filled;
}

function nonEmptyCount(row: readonly RawCell[]): number {
  let n = 0;
  for (const cell of row) if (!isBlank(cell)) n++;
  return n;
}

function isMonthCell(cell: RawCell): boolean {
  return parsePeriod(cell)?.kind === 'month';
}

/** The first row with two or more cells that name roles or months; -1 when none. */
function findHeaderRow(rows: readonly (readonly RawCell[])[]): number {
  const limit = Math.min(HEADER_SEARCH_ROWS, rows.length);
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    if (nonEmptyCount(row) < 2) continue;
    let hits = 0;
    for (const cell of row) {
      if (isBlank(cell)) continue;
      if (typeof cell === 'string' && headerRole(cell) !== null) hits++;
      else if (isMonthCell(cell)) hits++;
    }
    if (hits >= 2) return r;
  }
  return -1;
}

/** Words of a title as groups of up to four, longest first at each position. */
function* wordGroups(text: string): Generator<string> {
  const list = normalizeWords(text)
    .split(' ')
    .filter((w) => w !== '');
  for (let start = 0; start < list.length; start++) {
    for (let size = Math.min(4, list.length - start); size >= 1; size--) {
      yield list.slice(start, start + size).join(' ');
    }
  }
}

/** A side a title names: a region before the whole country, the first of each. */
function sideInTexts(
  texts: readonly string[],
  country: Country,
  catalog: ImportCatalog,
): string | null {
  let countryWide: string | null = null;
  for (const text of texts) {
    for (const token of text.split(/[\s,;()]+/)) {
      const iso = resolveSide(token, country, catalog);
      if (
        iso !== null &&
        /^(KZ|RU)-/.test(token.toUpperCase()) &&
        !iso.endsWith('-OTHER')
      ) {
        return iso;
      }
    }
    for (const group of wordGroups(text)) {
      const code = resolveSide(group, country, catalog);
      if (code === null) continue;
      if (!code.endsWith('-OTHER')) return code;
      countryWide ??= code;
    }
  }
  return countryWide;
}

function flowInTexts(texts: readonly string[]): Flow | null {
  const found = new Set<Flow>();
  for (const text of texts) {
    for (const word of normalizeWords(text).split(' ')) {
      const flow = parseFlow(word);
      if (flow) found.add(flow);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

function unitInTexts(texts: readonly string[]): Unit | null {
  for (const text of texts) {
    const unit = detectUnit(text);
    if (unit) return unit;
  }
  return null;
}

/** A matrix cell as a side of the whole file: `KZ-OTHER` is the country `KZ`. */
function asSide(code: string | null): string | null {
  if (code === null) return null;
  return code.endsWith('-OTHER') ? code.slice(0, -'-OTHER'.length) : code;
}

/**
 * How a table is most likely read: its header row, layout, column roles and
 * what the whole file says in its titles. Never throws; a table it cannot
 * make sense of gets header row 0 and `ignore` roles, for the user to set.
 *
 * - Header: within the first 30 rows, the first with two or more cells that
 *   name a role (Russian, Kazakh or English words) or a month; without one,
 *   the first row of two or more cells. Rows above it are titles.
 * - Wide layout when two or more header cells are months: those are value
 *   columns; aggregate headers (`Всего`, `2024 год`, `I квартал`) are
 *   ignored here and checked as control totals by `interpret`.
 * - Roles by header words first (one column per role, the first one; extra
 *   matches and name columns beside a code column are ignored), then by the
 *   content of the first 50 data rows for columns the header leaves open.
 * - Titles and header cells give the file's unit, and its Kazakh side,
 *   Russian side and flow where no column does.
 */
export function detectMapping(
  table: RawTable,
  catalog: ImportCatalog,
  options: {
    /** The header row the user chose; detection starts from it. */
    headerRow?: number;
  } = {},
): Mapping {
  try {
    return detect(table, catalog, options.headerRow);
  } catch {
    return {
      headerRow: 0,
      layout: 'long',
      roles: [],
      kz: null,
      ru: null,
      flow: null,
      unit: null,
    };
  }
}

function detect(
  table: RawTable,
  catalog: ImportCatalog,
  chosenHeader: number | undefined,
): Mapping {
  const rows = table.rows;
  let headerRow =
    chosenHeader !== undefined &&
    chosenHeader >= 0 &&
    chosenHeader < rows.length
      ? chosenHeader
      : findHeaderRow(rows);
  if (headerRow < 0) {
    headerRow = rows.findIndex((row) => nonEmptyCount(row) >= 2);
    if (headerRow < 0) headerRow = 0;
  }
  const header = rows[headerRow] ?? [];
  let width = header.length;
  const sampleEnd = Math.min(rows.length, headerRow + 1 + SAMPLE_ROWS);
  for (let r = headerRow + 1; r < sampleEnd; r++)
    width = Math.max(width, rows[r]?.length ?? 0);

  const titles: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    const text = (rows[r] ?? [])
      .map(cellText)
      .filter((t) => t !== '')
      .join(' ');
    if (text !== '') titles.push(text);
  }

  const matches: (HeaderMatch | null)[] = [];
  let monthHeaders = 0;
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    if (isMonthCell(cell)) monthHeaders++;
    matches.push(typeof cell === 'string' ? headerRole(cell) : null);
  }
  const layout: Mapping['layout'] = monthHeaders >= 2 ? 'wide' : 'long';

  const stats: ContentStats[] = [];
  for (let c = 0; c < width; c++) stats.push(emptyStats());
  for (let r = headerRow + 1; r < sampleEnd; r++) {
    const row = rows[r] ?? [];
    if (row.some((cell) => typeof cell === 'string' && isSubtotalLabel(cell)))
      continue;
    for (let c = 0; c < width; c++)
      addToStats(stats[c] ?? emptyStats(), row[c] ?? null, catalog);
  }

  const roles: ColumnRole[] = new Array<ColumnRole>(width).fill('ignore');
  const fixed = new Array<boolean>(width).fill(false);
  const taken = new Set<ColumnRole>();
  const claim = (c: number, role: ColumnRole): boolean => {
    if (role === 'ignore') return false;
    if (taken.has(role) && !(role === 'value' && layout === 'wide'))
      return false;
    roles[c] = role;
    taken.add(role);
    fixed[c] = true;
    return true;
  };

  // Months and aggregates in the header of a wide table.
  if (layout === 'wide') {
    for (let c = 0; c < width; c++) {
      const period = parsePeriod(header[c] ?? null);
      if (period?.kind === 'month') claim(c, 'value');
      else if (period?.kind === 'aggregate') fixed[c] = true;
    }
  }

  const sideByContent = (c: number): 'kz' | 'ru' | null => {
    const s = stats[c] ?? emptyStats();
    if (s.kz === 0 && s.ru === 0) return null;
    return s.kz >= s.ru ? 'kz' : 'ru';
  };
  const resolveRole = (c: number, match: HeaderMatch): ColumnRole => {
    const s = stats[c] ?? emptyStats();
    switch (match.role) {
      case 'region': {
        const side = sideByContent(c);
        if (side) return side;
        return taken.has('kz') ? 'ru' : 'kz';
      }
      case 'kz':
      case 'ru': {
        // The content outweighs a header that names the other country.
        const other = match.role === 'kz' ? 'ru' : 'kz';
        if (s[other] > s[match.role] && share(s[other], s) >= 0.5) return other;
        return match.role;
      }
      case 'value':
        return layout === 'wide' ? 'ignore' : 'value';
      default:
        return match.role;
    }
  };
  const supports = (c: number, role: ColumnRole): boolean => {
    const s = stats[c] ?? emptyStats();
    switch (role) {
      case 'kz':
        return share(s.kz, s) >= 0.5;
      case 'ru':
        return share(s.ru, s) >= 0.5;
      case 'product':
        return share(s.chapters, s) >= 0.5;
      case 'section':
        return share(s.sections, s) >= 0.5;
      case 'period':
        return share(s.months, s) >= 0.5;
      case 'flow':
        return share(s.flows, s) >= 0.5;
      case 'unit':
        return share(s.units, s) >= 0.5;
      case 'value':
        return share(s.numbers, s) >= 0.5;
      case 'ignore':
        return false;
    }
  };

  // Header words, code columns first; then name columns whose role is still open.
  for (let c = 0; c < width; c++) {
    const match = matches[c];
    if (fixed[c] || !match || match.name) continue;
    claim(c, resolveRole(c, match));
    fixed[c] = true;
  }
  for (let c = 0; c < width; c++) {
    const match = matches[c];
    if (fixed[c] || !match) continue;
    fixed[c] = true;
    const role = resolveRole(c, match);
    if (!taken.has(role) && supports(c, role)) claim(c, role);
  }

  // Content, for columns the header leaves open.
  for (let c = 0; c < width; c++) {
    if (fixed[c]) continue;
    const s = stats[c] ?? emptyStats();
    if (s.filled === 0) continue;
    const candidates: [ColumnRole, boolean][] = [
      ['period', layout === 'long' && share(s.months, s) >= 0.6],
      [
        'product',
        share(s.chapters, s) >= 0.8 &&
          (s.codeEvidence > 0 || s.evenCodes === s.filled),
      ],
      ['section', share(s.sections, s) >= 0.8],
      ['flow', share(s.flows, s) >= 0.6],
      ['kz', share(s.kz, s) >= 0.6 && s.kz >= s.ru],
      ['ru', share(s.ru, s) >= 0.6],
      ['unit', share(s.units, s) >= 0.6],
      ['value', layout === 'long' && share(s.numbers, s) >= 0.8],
    ];
    for (const [role, ok] of candidates) {
      if (ok && claim(c, role)) break;
    }
  }

  // What the file says once: titles first, then header cells (the value
  // column's `Стоимость, тыс. долл. США` before the others).
  const headerTexts = header.map(cellText).filter((t) => t !== '');
  const valueHeaders = header
    .map((cell, c) => (roles[c] === 'value' ? cellText(cell) : ''))
    .filter((t) => t !== '');
  const unit = taken.has('unit')
    ? null
    : unitInTexts([...titles, ...valueHeaders, ...headerTexts]);
  const ignoredHeaders = header
    .map((cell, c) =>
      roles[c] === 'ignore' && !isMonthCell(cell) ? cellText(cell) : '',
    )
    .filter((t) => t !== '');
  // Sides from the titles only: header words such as `kz_region_name` would
  // read as the country.
  const kz = taken.has('kz')
    ? null
    : asSide(sideInTexts(titles, 'KZ', catalog));
  const ru = taken.has('ru')
    ? null
    : asSide(sideInTexts(titles, 'RU', catalog));
  const flow = taken.has('flow')
    ? null
    : flowInTexts([...titles, ...ignoredHeaders]);
  return { headerRow, layout, roles, kz, ru, flow, unit };
}
