import { afterAll, beforeAll } from 'vitest';
import { demoDataset } from '../mocks/data/dataset';
import { createService } from '../src/service/service';
import { contractSuite } from '../src/test/contract-suite';
import { startServiceServer, type ServiceServer } from './service-server';

let server: ServiceServer | undefined;

beforeAll(async () => {
  server = await startServiceServer(createService(demoDataset()));
});

afterAll(async () => {
  await server?.close();
});

// The same suite as src/service/service.test.ts, over real HTTP.
contractSuite('service over node:http', () => async (path, query = {}) => {
  if (!server) throw new Error('the stub server starts in beforeAll');
  const search = new URLSearchParams(query).toString();
  const response = await fetch(
    `${server.origin}${path}${search ? `?${search}` : ''}`,
  );
  return { status: response.status, body: (await response.json()) as unknown };
});
