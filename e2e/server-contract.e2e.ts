import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoDataset, demoDatasetInput } from '../mocks/data/dataset';
import {
  createDuckDbDataset,
  type DuckDbDataset,
} from '../server/duckdb-dataset';
import { startServer } from '../server/http';
import { createService } from '../src/service/service';
import { contractSuite } from '../src/test/contract-suite';
import { startServiceServer, type ServiceServer } from './service-server';

let duck: DuckDbDataset | undefined;
let reference: { origin: string; close: () => Promise<void> } | undefined;
let memory: ServiceServer | undefined;

beforeAll(async () => {
  duck = await createDuckDbDataset({ path: ':memory:' });
  await duck.load(demoDatasetInput());
  reference = await startServer({ dataset: duck, port: 0, log: () => {} });
  memory = await startServiceServer(createService(demoDataset()));
}, 120_000);

afterAll(async () => {
  await reference?.close();
  await memory?.close();
  await duck?.close();
});

async function get(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

// The contract, over HTTP, against the reference server on DuckDB.
contractSuite('reference server on DuckDB', () => async (path, query = {}) => {
  if (!reference) throw new Error('the reference server starts in beforeAll');
  const search = new URLSearchParams(query).toString();
  return get(reference.origin, `${path}${search ? `?${search}` : ''}`);
});

describe('reference server and in-memory service', () => {
  const PATHS = [
    '/api/meta',
    '/api/regions',
    '/api/sectors',
    '/api/cooperation?pair=KZ-63~RU-ALT',
    '/api/trade/totals?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08&compare=prev',
    '/api/trade/monthly?pair=KZ-15~RU&from=2019-01&to=2019-12',
    '/api/trade/by-sector?pair=KZ~RU-OMS&from=2022-01&to=2022-12&detail=chapters',
    '/api/trade/by-sector?pair=KZ~RU&from=2017-01&to=2025-12&flow=import&sectors=XV',
    '/api/trade/by-pair?from=2023-01&to=2023-08&compare=prev&chapters=76,84',
    '/api/trade/records?pair=KZ-10~RU-ALT&from=2022-01&to=2022-12&offset=0&limit=500',
    '/api/trade/totals?pair=KZ-63~RU-ALT&from=2023-09&to=2023-01',
  ];
  test.each(PATHS)('answer %s identically', async (path) => {
    if (!reference || !memory) throw new Error('servers start in beforeAll');
    const [duckAnswer, memoryAnswer] = await Promise.all([
      get(reference.origin, path),
      get(memory.origin, path),
    ]);
    expect(duckAnswer).toEqual(memoryAnswer);
  });
});
