import type { DatasetMeta } from '@/api/schemas/meta';
import { defaultViewOf } from '@/domain/default-view';
import type { UserData } from '@/import/packed';
import { packedCoverage, userCube } from '@/import/user-cube';
import { cooperationForPair } from './catalog/cooperation';
import { regionsResponse } from './catalog/data/regions';
import { REPORTED_FIGURES } from './catalog/data/reported-figures';
import { sectorsResponse } from './catalog/data/sectors';
import type { Dataset } from './dataset';
import { createMemoryDataset, type MemoryDatasetInput } from './memory-dataset';

/**
 * An analyst's imported data behind the same service as the demo: the
 * product's catalogues (regions, sections, cooperation, the published
 * figures, which stay facts to compare with) and a cube of the records.
 * Its id and version change with every import, so no cached answer of
 * earlier data is ever shown for it.
 */
export function createUserDataset(data: UserData): Dataset {
  return createMemoryDataset(userDatasetInput(data));
}

/** What an import's dataset is made of, for a store other than memory (the server's DuckDB). */
export function userDatasetInput(data: UserData): MemoryDatasetInput {
  const coverage = packedCoverage(data.packed) ?? {
    from: '2000-01',
    to: '2000-01',
  };
  const last = data.files.at(-1);
  const cube = userCube(data.packed, regionsResponse.regions);
  const defaultView = defaultViewOf(cube, regionsResponse);
  const meta: DatasetMeta = {
    datasetId: 'user',
    version: `${last?.importedAt ?? ''}#${String(data.files.length)}#${String(data.packed.count)}`,
    status: 'user',
    coverage,
    reportedFigures: [...REPORTED_FIGURES],
    calibrations: [],
    assumptions: [],
    caveats: [],
    sources: [],
    imported: data.files,
    ...(defaultView ? { defaultView } : {}),
  };
  return {
    cube,
    meta,
    regions: regionsResponse,
    sectors: sectorsResponse,
    cooperation: cooperationForPair,
  };
}
