import { joinPair } from '@/domain/sides';
import { columnLabel } from '@/import/interpret/column-label';
import { detectMapping } from '@/import/interpret/detect-mapping';
import { interpret } from '@/import/interpret/interpret';
import { mergePacked, packRecords, type UserData } from '@/import/packed';
import { readTable } from '@/import/read/read-table';
import type {
  ImportedRecord,
  Interpretation,
  Mapping,
  RawTable,
} from '@/import/types';
import { packedCoverage } from '@/import/user-cube';
import { loadUserData, saveUserData } from '@/lib/user-data-store';
import type { RegionsResponse } from '@/api/schemas/regions';
import { mappingFor } from './remembered-mappings';
import type {
  CheckReport,
  CommitResult,
  ReadSummary,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

/**
 * The import's heavy work, off the page's thread: reading the file,
 * checking it against the mapping, packing and storing the records. The
 * table and the records stay here between steps; the page gets summaries.
 */
const scope = self as unknown as {
  postMessage: (message: WorkerResponse) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let table: RawTable | null = null;
let catalog: RegionsResponse | null = null;
let mapping: Mapping | null = null;
let checked: Interpretation | null = null;

function post(message: WorkerResponse) {
  scope.postMessage(message);
}

const HEAD_ROWS = 30;

/** The header row's text: a file with the same header gets the same mapping. */
function signatureOf(rows: RawTable['rows'], headerRow: number): string {
  return (rows[headerRow] ?? [])
    .map((cell) => String(cell ?? ''))
    .join('\u241f');
}

function labels(t: RawTable, m: Mapping): string[] {
  const width = Math.max(0, ...t.rows.slice(0, HEAD_ROWS).map((r) => r.length));
  return Array.from({ length: width }, (_, i) => columnLabel(t, m, i));
}

/** The view an import opens: its largest side pair, as the service names views. */
function largestView(
  records: readonly ImportedRecord[],
  regions: RegionsResponse,
) {
  const sums = new Map<string, number>();
  for (const r of records)
    sums.set(
      `${r.kz}~${r.ru}`,
      (sums.get(`${r.kz}~${r.ru}`) ?? 0) + (r.valueUsd ?? 0),
    );
  let best = 'KZ-OTHER~RU-OTHER';
  let most = -1;
  for (const [key, sum] of sums)
    if (sum > most) {
      most = sum;
      best = key;
    }
  const [kz = 'KZ-OTHER', ru = 'RU-OTHER'] = best.split('~');
  const border = (code: string) =>
    regions.regions.some((r) => r.code === code && r.kind === 'region');
  const neighbours = regions.pairs.some((p) => p.kz === kz && p.ru === ru);
  if (border(kz) && border(ru) && neighbours) return joinPair(kz, ru);
  if (border(kz)) return joinPair(kz, 'RU');
  if (border(ru)) return joinPair('KZ', ru);
  return joinPair('KZ', 'RU');
}

function summarize(t: RawTable, m: Mapping, signature: string): ReadSummary {
  return {
    container: t.container,
    encoding: t.encoding,
    encodingSource: t.encodingSource,
    delimiter: t.delimiter,
    sheets: t.sheets,
    sheet: t.sheet,
    warnings: t.warnings,
    rowCount: t.rows.length,
    columnCount: Math.max(
      0,
      ...t.rows.slice(0, HEAD_ROWS).map((r) => r.length),
    ),
    head: t.rows.slice(0, HEAD_ROWS),
    mapping: m,
    signature,
  };
}

async function commit(request: Extract<WorkerRequest, { type: 'commit' }>) {
  if (!table || !mapping || !checked || !catalog)
    throw new Error('nothing checked');
  const added = packRecords(checked.records, request.fileName);
  const existing = request.mode === 'add' ? await loadUserData() : null;
  const merged = existing
    ? mergePacked(existing.packed, added, null)
    : { packed: added, problems: [], duplicates: 0 };
  const header = labels(table, mapping);
  const file = {
    name: request.fileName,
    importedAt: request.importedAt,
    container: table.container,
    encoding: table.encoding,
    delimiter: table.delimiter,
    columns: header.map((label, i) => ({
      label,
      role: mapping?.roles[i] ?? 'ignore',
    })),
    fixed: {
      kz: mapping.kz,
      ru: mapping.ru,
      flow: mapping.flow,
      unit: mapping.unit,
    },
    rows: checked.validRows,
    records: checked.records.length - merged.duplicates,
    controlTotals: checked.controlTotals,
  };
  const data: UserData = {
    packed: merged.packed,
    files: [...(existing?.files ?? []), file],
  };
  await saveUserData(data);
  const coverage = packedCoverage(merged.packed) ?? {
    from: '2000-01',
    to: '2000-01',
  };
  const result: CommitResult = {
    pair: largestView(checked.records, catalog),
    from: coverage.from,
    to: coverage.to,
    records: merged.packed.count,
    duplicates: merged.problems,
    file,
  };
  return result;
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'read') {
        catalog = request.catalog;
        const read = readTable(new Uint8Array(request.bytes), request.options);
        if (!read.ok) {
          post({
            type: 'failed',
            stage: 'read',
            problem: read.problem,
            message: '',
          });
          return;
        }
        table = read.table;
        const detected = detectMapping(table, { regions: catalog.regions });
        const signature = signatureOf(table.rows, detected.headerRow);
        mapping = mappingFor(request.remembered, signature) ?? detected;
        checked = null;
        const summary = summarize(table, mapping, signature);
        post({ type: 'read', summary });
      } else if (request.type === 'header') {
        if (!table || !catalog) throw new Error('no file read');
        mapping = detectMapping(
          table,
          { regions: catalog.regions },
          { headerRow: request.headerRow },
        );
        checked = null;
        post({
          type: 'read',
          summary: summarize(
            table,
            mapping,
            signatureOf(table.rows, mapping.headerRow),
          ),
        });
      } else if (request.type === 'check') {
        if (!table || !catalog) throw new Error('no file read');
        mapping = request.mapping;
        checked = interpret(
          table,
          mapping,
          { regions: catalog.regions },
          {
            onProgress: (done, total) => {
              post({ type: 'progress', stage: 'check', done, total });
            },
          },
        );
        const report: CheckReport = {
          validRows: checked.validRows,
          invalidRows: checked.invalidRows,
          records: checked.records.length,
          problems: checked.problems,
          problemCount: checked.problemCount,
          controlTotals: checked.controlTotals,
          labels: labels(table, mapping),
        };
        post({ type: 'check', report });
      } else {
        post({ type: 'commit', result: await commit(request) });
      }
    } catch (error) {
      post({
        type: 'failed',
        stage: request.type === 'header' ? 'read' : request.type,
        problem: null,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  })();
};
