import type { RequestHandler } from 'msw';
import { cooperationHandler } from './cooperation';
import { metaHandler } from './meta';
import { regionsHandler } from './regions';
import { sectorsHandler } from './sectors';
import { tradeHandler } from './trade';

/**
 * Every handler of the demo backend, for setupWorker and setupServer. Tests
 * that need a failure prepend an override with `server.use(...)`.
 */
export const handlers: RequestHandler[] = [
  regionsHandler,
  sectorsHandler,
  metaHandler,
  tradeHandler,
  cooperationHandler,
];
