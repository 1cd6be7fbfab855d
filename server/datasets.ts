import { createDemoDataset } from '../mocks/data/dataset';
import type { UserData } from '@/import/packed';
import type { Dataset } from '@/service/dataset';
import { createUserDataset } from '@/service/user-dataset';

/**
 * Where the server's data comes from. Every kind is the same `Dataset` to
 * the service, so a new source is one more case here and nothing else.
 */
export type DatasetSource =
  | { kind: 'demo' }
  | { kind: 'user'; data: UserData }
  /** A DuckDB database file: its dataset lands from the duckdb branch. */
  | { kind: 'duckdb'; path: string };

export function openDataset(source: DatasetSource): Promise<Dataset> {
  switch (source.kind) {
    case 'demo':
      return Promise.resolve(createDemoDataset());
    case 'user':
      return Promise.resolve(createUserDataset(source.data));
    case 'duckdb':
      return Promise.reject(
        new Error(
          `${source.path}: the DuckDB dataset is not part of this build yet`,
        ),
      );
  }
}
