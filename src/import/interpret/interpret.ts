import type { Flow, Month } from '@/api/schemas/common';
import type { ChapterId } from '@/api/schemas/sectors';
import {
  type ColumnRole,
  type ControlTotal,
  type ImportedRecord,
  type Interpretation,
  type Mapping,
  type Problem,
  type ProblemCode,
  PROBLEM_LIMIT,
  type RawCell,
  type RawTable,
  type Unit,
  type ValueStatus,
} from '@/import/types';
import type { ImportCatalog } from './catalog';
import { columnLabel } from './column-label';
import { detectUnit } from './detect-unit';
import { subtotalKind } from './is-subtotal-label';
import { parseAmount } from './parse-amount';
import { parseFlow } from './parse-flow';
import {
  type ParsedPeriod,
  parsePeriod,
  type PeriodSpan,
  periodSpan,
} from './parse-period';
import { type ParsedProduct, parseProduct } from './parse-product';
import { resolveSide } from './resolve-side';
import { cellText, isBlank, memo } from './text';
import { usdProblem } from '@/domain/usd';

export type InterpretOptions = {
  /** Called about every 10,000 rows and once at the end. */
  onProgress?: (doneRows: number, totalRows: number) => void;
};

const PROGRESS_EVERY = 10_000;

const UNIT_FACTOR: Readonly<Record<Unit, number>> = {
  usd: 1,
  'thousand-usd': 1e3,
  'million-usd': 1e6,
};

type Amount = { usd: number | null; status: ValueStatus; preliminary: boolean };

/** Sums of valid data rows since a point, for control totals. */
type Block = { sum: number; count: number; hidden: boolean };

function newBlock(): Block {
  return { sum: 0, count: 0, hidden: false };
}

class Problems {
  readonly list: Problem[] = [];
  count = 0;

  add(problem: Problem): void {
    this.count++;
    if (this.list.length < PROBLEM_LIMIT) this.list.push(problem);
  }
}

/**
 * The records of a table read with a mapping, its problems and its control
 * totals. Never throws: an unexpected error becomes an `unreadable` problem
 * on its row (or of the whole file).
 *
 * - Values are converted to whole US dollars (`Math.round`) by the unit
 *   column, else the mapping's unit. Markers give `valueUsd: null` with their
 *   status; an empty value cell gives null, `unavailable` (missing is never
 *   zero); a negative amount is a problem, and so is one the money rule
 *   (`usdProblem`, domain/usd.ts) refuses (`too-large`: over 10^12 USD, so
 *   also `1e308` thousand dollars, which would be Infinity), alone or summed
 *   with the other codes of its chapter.
 * - A row with any problem gives no record. Entirely empty rows are skipped.
 * - Subtotal rows (`Всего`, `Итого по …`, a quarter, an aggregate period) give
 *   no record. A total row is checked against the valid data rows since the
 *   previous total row; when there are none (a total of subtotals), against
 *   those since the last such total or the start. In the wide layout each
 *   aggregate column (`Всего`, `2024 год`, `I квартал 2024`) is checked
 *   against the month columns it covers, row by row. Figures match within
 *   half a unit of the file's unit (rounded published figures); when a
 *   covered value is confidential or not available, the total can only be
 *   checked as an upper bound.
 * - The same sides, month, flow and full product code twice is a `duplicate`
 *   on the later row; different codes of one chapter are summed into one
 *   record (its `row` the first; null only if no part is a number).
 */
export function interpret(
  table: RawTable,
  mapping: Mapping,
  catalog: ImportCatalog,
  options?: InterpretOptions,
): Interpretation {
  try {
    return run(table, mapping, catalog, options ?? {});
  } catch (error) {
    return {
      records: [],
      problems: [
        {
          row: null,
          column: null,
          code: 'unreadable',
          values: {
            message: error instanceof Error ? error.message : String(error),
          },
        },
      ],
      problemCount: 1,
      validRows: 0,
      invalidRows: 0,
      controlTotals: [],
    };
  }
}

function firstColumn(
  roles: readonly ColumnRole[],
  role: ColumnRole,
  width: number,
): number {
  for (let c = 0; c < width; c++) if (roles[c] === role) return c;
  return -1;
}

function rowIsBlank(row: readonly RawCell[]): boolean {
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}

function run(
  table: RawTable,
  mapping: Mapping,
  catalog: ImportCatalog,
  options: InterpretOptions,
): Interpretation {
  const rows = table.rows;
  const problems = new Problems();
  const records: ImportedRecord[] = [];
  const controlTotals: ControlTotal[] = [];
  const result = (validRows = 0, invalidRows = 0): Interpretation => ({
    records,
    problems: problems.list,
    problemCount: problems.count,
    validRows,
    invalidRows,
    controlTotals,
  });
  const wholeFile = (code: ProblemCode, values: Problem['values'] = {}) => {
    problems.add({ row: null, column: null, code, values });
  };

  if (rows.length === 0 || rows.every(rowIsBlank)) {
    wholeFile('empty');
    return result();
  }
  const headerRow = mapping.headerRow;
  if (
    !Number.isInteger(headerRow) ||
    headerRow < 0 ||
    headerRow >= rows.length
  ) {
    wholeFile('no-header');
    return result();
  }
  const header = rows[headerRow] ?? [];
  let width = mapping.roles.length;
  const roles = mapping.roles;
  const labels: (string | undefined)[] = [];
  const label = (c: number): string =>
    (labels[c] ??= columnLabel(table, mapping, c));

  const kzCol = firstColumn(roles, 'kz', width);
  const ruCol = firstColumn(roles, 'ru', width);
  const flowCol = firstColumn(roles, 'flow', width);
  const productCol = firstColumn(roles, 'product', width);
  const sectionCol = firstColumn(roles, 'section', width);
  const unitCol = firstColumn(roles, 'unit', width);
  const periodCol =
    mapping.layout === 'long' ? firstColumn(roles, 'period', width) : -1;
  const valueCols: number[] = [];
  for (let c = 0; c < width; c++) if (roles[c] === 'value') valueCols.push(c);
  if (mapping.layout === 'long') valueCols.splice(1);

  // Wide layout: the month of each value column, from its header.
  const monthCols: { col: number; month: Month; preliminary: boolean }[] = [];
  const aggregateCols: { col: number; span: PeriodSpan }[] = [];
  if (mapping.layout === 'wide') {
    for (const c of valueCols) {
      const period = parsePeriod(header[c] ?? null);
      if (period?.kind === 'month') {
        monthCols.push({
          col: c,
          month: period.month,
          preliminary: period.preliminary,
        });
      } else {
        problems.add({
          row: headerRow + 1,
          column: label(c),
          code: 'bad-period',
          values: { text: cellText(header[c] ?? null) },
        });
      }
    }
    width = Math.max(width, header.length);
    for (let c = 0; c < header.length; c++) {
      if ((roles[c] ?? 'ignore') !== 'ignore') continue;
      const span = periodSpan(header[c] ?? null);
      if (span) aggregateCols.push({ col: c, span });
    }
  }

  if (valueCols.length === 0) wholeFile('no-value-column');
  if (
    mapping.layout === 'long'
      ? periodCol < 0
      : valueCols.length > 0 && monthCols.length === 0
  ) {
    wholeFile('no-period');
  }
  let fileKz: string | null = null;
  let fileRu: string | null = null;
  if (kzCol < 0) {
    if (mapping.kz === null) wholeFile('missing-side', { side: 'kz' });
    else {
      fileKz = resolveSide(mapping.kz, 'KZ', catalog);
      if (fileKz === null)
        wholeFile('unknown-region', { side: 'kz', text: mapping.kz });
    }
  }
  if (ruCol < 0) {
    if (mapping.ru === null) wholeFile('missing-side', { side: 'ru' });
    else {
      fileRu = resolveSide(mapping.ru, 'RU', catalog);
      if (fileRu === null)
        wholeFile('unknown-region', { side: 'ru', text: mapping.ru });
    }
  }
  if (flowCol < 0 && mapping.flow === null) wholeFile('missing-flow');
  if (productCol < 0)
    wholeFile(sectionCol >= 0 ? 'section-only' : 'missing-product');
  if (unitCol < 0 && mapping.unit === null) wholeFile('missing-unit');
  if (problems.count > 0 && problems.list.some((p) => p.row === null))
    return result();

  const kzOf = memo((text: string) => resolveSide(text, 'KZ', catalog));
  const ruOf = memo((text: string) => resolveSide(text, 'RU', catalog));
  const periodOf = memo((text: string): ParsedPeriod | null =>
    parsePeriod(text),
  );
  const productOf = memo((text: string): ParsedProduct | null =>
    parseProduct(text),
  );
  const unitOf = memo((text: string) => detectUnit(text));
  const subtotalOf = memo((text: string) => subtotalKind(text));
  const sideText = (cell: RawCell) =>
    typeof cell === 'string' ? cell : String(cell);

  // Columns whose text may say a row is a subtotal.
  const labelCols: number[] = [];
  for (let c = 0; c < width; c++) {
    const role = roles[c] ?? 'ignore';
    if (role !== 'value' && role !== 'unit' && role !== 'flow')
      labelCols.push(c);
  }

  const firstRowOf = new Map<string, number>();
  const recordAt = new Map<string, number>();
  let block = newBlock();
  let runBlock = newBlock();
  let validRows = 0;
  let invalidRows = 0;
  const totalRows = rows.length - headerRow - 1;
  const onProgress = options.onProgress;

  const readAmount = (
    cell: RawCell,
    factor: number,
    col: number,
    rowNumber: number,
    rowProblems: Problem[],
  ): Amount | null => {
    let preliminary = false;
    let value = cell;
    if (
      typeof value === 'string' &&
      value.charCodeAt(value.length - 1) === 42
    ) {
      // `123,4*`: a preliminary figure.
      value = value.replace(/\*+\)?\s*$/, '');
      preliminary = true;
    }
    const parsed = parseAmount(value);
    switch (parsed.kind) {
      case 'number': {
        if (parsed.value < 0) {
          rowProblems.push({
            row: rowNumber,
            column: label(col),
            code: 'negative',
            values: { text: cellText(cell) },
          });
          return null;
        }
        const usd = Math.round(parsed.value * factor);
        if (usdProblem(usd) !== null) {
          rowProblems.push({
            row: rowNumber,
            column: label(col),
            code: 'too-large',
            values: { text: cellText(cell) },
          });
          return null;
        }
        return { usd, status: 'reported', preliminary };
      }
      case 'marker':
        return { usd: null, status: parsed.status, preliminary };
      case 'empty':
        return { usd: null, status: 'unavailable', preliminary };
      case 'invalid':
        rowProblems.push({
          row: rowNumber,
          column: label(col),
          code: 'bad-number',
          values: { text: cellText(cell) },
        });
        return null;
    }
  };

  /** The row's unit factor; null (with a problem) when it has none. */
  const rowFactor = (
    row: readonly RawCell[],
    rowNumber: number,
    rowProblems: Problem[],
  ): number | null => {
    if (unitCol >= 0) {
      const cell = row[unitCol] ?? null;
      if (!isBlank(cell)) {
        const unit = unitOf(cellText(cell));
        if (unit) return UNIT_FACTOR[unit];
        rowProblems.push({
          row: rowNumber,
          column: label(unitCol),
          code: 'missing-unit',
          values: { text: cellText(cell) },
        });
        return null;
      }
    }
    if (mapping.unit) return UNIT_FACTOR[mapping.unit];
    rowProblems.push({
      row: rowNumber,
      column: unitCol >= 0 ? label(unitCol) : null,
      code: 'missing-unit',
      values: {},
    });
    return null;
  };

  const addControl = (
    rowNumber: number,
    text: string,
    expectedUsd: number,
    actualUsd: number,
    hidden: boolean,
    factor: number,
    column: string | null,
  ) => {
    const expected = Math.round(expectedUsd);
    const actual = Math.round(actualUsd);
    // A figure the money rule refuses (over 10^12 USD, or past what a
    // double holds exactly) is no trade figure and cannot be compared.
    if (usdProblem(expected) !== null || usdProblem(actual) !== null) {
      problems.add({
        row: rowNumber,
        column,
        code: 'too-large',
        values: { text },
      });
      return;
    }
    const tolerance = factor / 2;
    const matches = hidden
      ? actual <= expected + tolerance
      : Math.abs(expected - actual) <= tolerance;
    controlTotals.push({
      row: rowNumber,
      label: text,
      expectedUsd: expected,
      actualUsd: actual,
      matches,
    });
    if (!matches) {
      problems.add({
        row: rowNumber,
        column,
        code: 'control-total',
        values: { label: text, expected, actual },
      });
    }
  };

  /** Wide layout: each aggregate column against the month columns it covers. */
  const checkAggregateColumns = (
    row: readonly RawCell[],
    rowNumber: number,
  ) => {
    if (aggregateCols.length === 0) return;
    const scratch: Problem[] = [];
    const factor = rowFactor(row, rowNumber, scratch);
    if (factor === null) return;
    for (const { col, span } of aggregateCols) {
      const expected = parseAmount(row[col] ?? null);
      if (expected.kind !== 'number') continue;
      let actual = 0;
      let covered = 0;
      let hidden = false;
      for (const m of monthCols) {
        if (!inSpan(m.month, span)) continue;
        covered++;
        const amount = readAmount(
          row[m.col] ?? null,
          factor,
          m.col,
          rowNumber,
          scratch,
        );
        if (amount?.usd != null) actual += amount.usd;
        else if (amount && amount.status !== 'none') hidden = true;
      }
      if (covered === 0) continue;
      addControl(
        rowNumber,
        label(col),
        expected.value * factor,
        actual,
        hidden,
        factor,
        label(col),
      );
    }
  };

  const processTotalRow = (
    row: readonly RawCell[],
    rowNumber: number,
    text: string,
  ) => {
    const scratch: Problem[] = [];
    const factor = rowFactor(row, rowNumber, scratch);
    const covered = block.count > 0 ? block : runBlock;
    if (block.count === 0) runBlock = newBlock();
    block = newBlock();
    if (factor === null) return;
    let expected = 0;
    let numbers = 0;
    const cols =
      mapping.layout === 'wide' ? monthCols.map((m) => m.col) : valueCols;
    for (const c of cols) {
      const parsed = parseAmount(row[c] ?? null);
      if (parsed.kind === 'number') {
        expected += parsed.value * factor;
        numbers++;
      }
    }
    if (numbers === 0) return;
    const column =
      mapping.layout === 'long' && valueCols[0] !== undefined
        ? label(valueCols[0])
        : null;
    addControl(
      rowNumber,
      text,
      expected,
      covered.sum,
      covered.hidden,
      factor,
      column,
    );
  };

  const processRow = (row: readonly RawCell[], r: number) => {
    const rowNumber = r + 1;
    // Subtotal rows: a label cell that sums, or an aggregate period.
    let subtotal: 'total' | 'part' | null = null;
    let subtotalText = '';
    for (const c of labelCols) {
      const cell = row[c] ?? null;
      if (typeof cell !== 'string' || cell === '') continue;
      let kind = subtotalOf(cell);
      if (
        kind === null &&
        c === periodCol &&
        periodOf(cell)?.kind === 'aggregate'
      )
        kind = 'part';
      if (kind !== null && subtotal !== 'total') {
        subtotal = kind;
        subtotalText = cell.trim();
      }
    }
    if (subtotal !== null) {
      if (subtotal === 'total') processTotalRow(row, rowNumber, subtotalText);
      if (mapping.layout === 'wide') checkAggregateColumns(row, rowNumber);
      return;
    }

    const rowProblems: Problem[] = [];
    const need = (
      col: number,
      code: ProblemCode,
      values: Problem['values'],
    ) => {
      rowProblems.push({ row: rowNumber, column: label(col), code, values });
    };

    let kz = fileKz;
    if (kzCol >= 0) {
      const cell = row[kzCol] ?? null;
      if (isBlank(cell)) need(kzCol, 'missing-side', { side: 'kz' });
      else {
        kz = kzOf(sideText(cell));
        if (kz === null)
          need(kzCol, 'unknown-region', { side: 'kz', text: cellText(cell) });
      }
    }
    let ru = fileRu;
    if (ruCol >= 0) {
      const cell = row[ruCol] ?? null;
      if (isBlank(cell)) need(ruCol, 'missing-side', { side: 'ru' });
      else {
        ru = ruOf(sideText(cell));
        if (ru === null)
          need(ruCol, 'unknown-region', { side: 'ru', text: cellText(cell) });
      }
    }
    let flow: Flow | null = mapping.flow;
    if (flowCol >= 0) {
      const cell = row[flowCol] ?? null;
      if (isBlank(cell)) {
        if (flow === null) need(flowCol, 'missing-flow', {});
      } else {
        flow = parseFlow(cell);
        if (flow === null)
          need(flowCol, 'unknown-flow', { text: cellText(cell) });
      }
    }
    let code = '';
    let chapter: ChapterId | null = null;
    {
      const cell = row[productCol] ?? null;
      if (isBlank(cell)) {
        const section = sectionCol >= 0 ? (row[sectionCol] ?? null) : null;
        if (!isBlank(section) && parseProduct(section)?.kind === 'section') {
          need(productCol, 'section-only', { text: cellText(section) });
        } else need(productCol, 'missing-product', {});
      } else {
        const product =
          typeof cell === 'string' ? productOf(cell) : parseProduct(cell);
        if (product === null)
          need(productCol, 'bad-product', { text: cellText(cell) });
        else if (product.kind === 'section')
          need(productCol, 'section-only', { text: cellText(cell) });
        else {
          code = product.code;
          chapter = product.chapter;
        }
      }
    }
    const factor = rowFactor(row, rowNumber, rowProblems);

    // The row's values: one in the long layout, one per month column in the wide.
    const values: { month: Month; amount: Amount; col: number }[] = [];
    if (mapping.layout === 'long') {
      const periodCell = row[periodCol] ?? null;
      let period: ParsedPeriod | null = null;
      if (isBlank(periodCell)) need(periodCol, 'bad-period', { text: '' });
      else {
        period =
          typeof periodCell === 'string'
            ? periodOf(periodCell)
            : parsePeriod(periodCell);
        if (period?.kind !== 'month')
          need(periodCol, 'bad-period', { text: cellText(periodCell) });
      }
      const valueCol = valueCols[0] ?? 0;
      if (factor !== null) {
        const amount = readAmount(
          row[valueCol] ?? null,
          factor,
          valueCol,
          rowNumber,
          rowProblems,
        );
        if (amount && period?.kind === 'month') {
          amount.preliminary ||= period.preliminary;
          values.push({ month: period.month, amount, col: valueCol });
        }
      }
    } else if (factor !== null) {
      for (const m of monthCols) {
        const amount = readAmount(
          row[m.col] ?? null,
          factor,
          m.col,
          rowNumber,
          rowProblems,
        );
        if (amount) {
          amount.preliminary ||= m.preliminary;
          values.push({ month: m.month, amount, col: m.col });
        }
      }
    }

    const keys: string[] = [];
    if (
      rowProblems.length === 0 &&
      kz !== null &&
      ru !== null &&
      flow !== null &&
      chapter !== null
    ) {
      const inRow = new Set<string>();
      for (const v of values) {
        const key = `${kz}|${ru}|${v.month}|${flow}|${code}`;
        const first =
          firstRowOf.get(key) ?? (inRow.has(key) ? rowNumber : undefined);
        if (first !== undefined) {
          need(mapping.layout === 'wide' ? v.col : productCol, 'duplicate', {
            firstRow: first,
          });
        }
        inRow.add(key);
        keys.push(key);
        // Codes of one chapter are summed into one record: the sum must
        // stay a whole number of dollars too.
        const at = recordAt.get(`${kz}|${ru}|${v.month}|${flow}|${chapter}`);
        const sum = at === undefined ? null : (records[at]?.valueUsd ?? null);
        if (
          sum !== null &&
          v.amount.usd !== null &&
          usdProblem(sum + v.amount.usd) !== null
        )
          need(v.col, 'too-large', { text: cellText(row[v.col] ?? null) });
      }
    }

    if (
      rowProblems.length > 0 ||
      kz === null ||
      ru === null ||
      flow === null ||
      chapter === null
    ) {
      invalidRows++;
      for (const p of rowProblems) problems.add(p);
      if (mapping.layout === 'wide') checkAggregateColumns(row, rowNumber);
      return;
    }
    validRows++;
    let rowSum = 0;
    let hidden = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!v) continue;
      firstRowOf.set(keys[i] ?? '', rowNumber);
      const { amount } = v;
      if (amount.usd !== null) rowSum += amount.usd;
      else if (amount.status !== 'none') hidden = true;
      const recordKey = `${kz}|${ru}|${v.month}|${flow}|${chapter}`;
      const at = recordAt.get(recordKey);
      if (at === undefined) {
        recordAt.set(recordKey, records.length);
        records.push({
          kz,
          ru,
          month: v.month,
          flow,
          chapter,
          valueUsd: amount.usd,
          status: amount.status,
          preliminary: amount.preliminary,
          row: rowNumber,
        });
      } else {
        const record = records[at];
        if (!record) continue;
        if (amount.usd !== null) {
          record.valueUsd = (record.valueUsd ?? 0) + amount.usd;
          record.status = 'reported';
        }
        record.preliminary ||= amount.preliminary;
      }
    }
    block.sum += rowSum;
    block.count++;
    block.hidden ||= hidden;
    runBlock.sum += rowSum;
    runBlock.count++;
    runBlock.hidden ||= hidden;
    if (mapping.layout === 'wide') checkAggregateColumns(row, rowNumber);
  };

  for (let r = headerRow + 1; r < rows.length; r++) {
    const done = r - headerRow - 1;
    if (onProgress && done > 0 && done % PROGRESS_EVERY === 0)
      onProgress(done, totalRows);
    const row = rows[r];
    if (!Array.isArray(row) || rowIsBlank(row)) continue;
    try {
      processRow(row, r);
    } catch (error) {
      invalidRows++;
      problems.add({
        row: r + 1,
        column: null,
        code: 'unreadable',
        values: {
          message: error instanceof Error ? error.message : String(error),
        },
      });
    }
  }
  onProgress?.(totalRows, totalRows);
  return result(validRows, invalidRows);
}

function inSpan(month: Month, span: PeriodSpan): boolean {
  if (span.kind === 'total') return true;
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return (
    (span.year === null || span.year === year) && m >= span.from && m <= span.to
  );
}
