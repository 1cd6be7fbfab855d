import { cooperationForPair } from '@/service/catalog/cooperation';
import { regionsResponse } from '@/service/catalog/data/regions';
import { sectorsResponse } from '@/service/catalog/data/sectors';
import type { Dataset } from '@/service/dataset';
import {
  createMemoryDataset,
  type MemoryDatasetInput,
} from '@/service/memory-dataset';
import { DEFAULT_SEED, generateCube } from './generate';
import { buildDatasetMeta } from './meta';

/**
 * The demo dataset: the seeded, calibrated cube behind the product's own
 * catalogues. Built when first asked for; handlers import this module
 * dynamically so the generator gets its own chunk and the app shell does not
 * pay for it.
 */
export function createDemoDataset(seed: number = DEFAULT_SEED): Dataset {
  return createMemoryDataset(demoDatasetInput(seed));
}

/** What the demo dataset is made of, for a store other than memory (the server's DuckDB). */
export function demoDatasetInput(
  seed: number = DEFAULT_SEED,
): MemoryDatasetInput {
  const generated = generateCube(seed);
  return {
    cube: generated.cube,
    meta: buildDatasetMeta(generated),
    regions: regionsResponse,
    sectors: sectorsResponse,
    cooperation: cooperationForPair,
  };
}

let shared: Dataset | undefined;

/** The default-seed demo dataset, generated once per page or test file. */
export function demoDataset(): Dataset {
  shared ??= createDemoDataset();
  return shared;
}
