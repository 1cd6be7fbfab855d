import type { ImportedFile } from '@/api/schemas/meta';
import type { RegionsResponse } from '@/api/schemas/regions';
import type { PairId } from '@/api/schemas/common';
import type {
  ControlTotal,
  Mapping,
  Problem,
  RawCell,
  RawTable,
  ReadOptions,
} from '@/import/types';

/** What the page asks of the import worker. */
export type WorkerRequest =
  | {
      type: 'read';
      bytes: ArrayBuffer;
      options: ReadOptions;
      catalog: RegionsResponse;
      /** Mappings the user confirmed before, by header signature. */
      remembered: Record<string, Mapping>;
    }
  | { type: 'check'; mapping: Mapping }
  /** The user moved the header row: the columns are detected again from it. */
  | { type: 'header'; headerRow: number }
  | {
      type: 'commit';
      mode: 'replace' | 'add';
      fileName: string;
      importedAt: string;
    };

/** What the read step shows: how the file was read, its first rows, the detected mapping. */
export type ReadSummary = Pick<
  RawTable,
  | 'container'
  | 'encoding'
  | 'encodingSource'
  | 'delimiter'
  | 'sheets'
  | 'sheet'
  | 'warnings'
> & {
  rowCount: number;
  columnCount: number;
  /** The first rows of the file, for the preview and the header choice. */
  head: RawCell[][];
  mapping: Mapping;
  /** The header's text, the key under which a confirmed mapping is remembered. */
  signature: string;
};

/** The check step's report. */
export type CheckReport = {
  validRows: number;
  invalidRows: number;
  records: number;
  problems: Problem[];
  problemCount: number;
  controlTotals: ControlTotal[];
  /** Column labels, by index, as problems name them. */
  labels: string[];
};

/** What an import leaves: where the view goes, and what was left out on adding. */
export type CommitResult = {
  pair: PairId;
  from: string;
  to: string;
  records: number;
  duplicates: Problem[];
  file: ImportedFile;
};

/** What the worker answers. */
export type WorkerResponse =
  | {
      type: 'progress';
      stage: 'read' | 'check' | 'commit';
      done: number;
      total: number;
    }
  | { type: 'read'; summary: ReadSummary }
  | { type: 'check'; report: CheckReport }
  | { type: 'commit'; result: CommitResult }
  | {
      type: 'failed';
      stage: 'read' | 'check' | 'commit';
      problem: Problem | null;
      message: string;
    };
