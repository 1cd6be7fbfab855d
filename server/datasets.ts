import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { demoDatasetInput } from '../mocks/data/dataset';
import type { UserData } from '@/import/packed';
import type { Dataset } from '@/service/dataset';
import { userDatasetInput } from '@/service/user-dataset';
import { createDuckDbDataset } from './duckdb-dataset';

/** A read-only database that holds no data: nothing to serve, and no way to load the demo. */
export class EmptyReadOnlyError extends Error {
  constructor(db: string) {
    super(
      `--read-only: ${db} holds no data; load it first without --read-only`,
    );
    this.name = 'EmptyReadOnlyError';
  }
}

/** What the server is asked to serve: whatever the database holds, or a file to load into it. */
export type DatasetSource =
  { kind: 'stored' } | { kind: 'user'; data: UserData };

/**
 * The server's dataset: SQL on a DuckDB file (`':memory:'` for tests). A
 * file given on the command line replaces what the database held; with
 * none, the database is served as it is, and an empty one gets the demo
 * dataset first; `readOnly` serves a loaded file as it is, and refuses an
 * empty one. Data changes only here, never over HTTP.
 */
export async function openDataset(
  source: DatasetSource,
  db: string,
  options: { readOnly?: boolean } = {},
): Promise<{
  dataset: Dataset;
  loaded: 'file' | 'demo' | 'stored';
  close: () => Promise<void>;
}> {
  const readOnly = options.readOnly === true;
  if (db !== ':memory:' && !readOnly)
    mkdirSync(path.dirname(path.resolve(db)), { recursive: true });
  const dataset = await createDuckDbDataset({ path: db, readOnly });
  let loaded: 'file' | 'demo' | 'stored' = 'stored';
  if (readOnly) {
    if ((await storedCells(dataset)) > 0)
      return { dataset, loaded, close: () => dataset.close() };
    await dataset.close();
    throw new EmptyReadOnlyError(db);
  }
  if (source.kind === 'user') {
    await dataset.load(userDatasetInput(source.data));
    loaded = 'file';
  } else if ((await storedCells(dataset)) === 0) {
    await dataset.load(demoDatasetInput());
    loaded = 'demo';
  }
  return { dataset, loaded, close: () => dataset.close() };
}

/** Cells the database holds; none (0) when it has never been loaded. */
async function storedCells(dataset: { cellCount: () => Promise<number> }) {
  try {
    return await dataset.cellCount();
  } catch {
    return 0;
  }
}
