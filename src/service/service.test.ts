// @vitest-environment node
import { contractSuite } from '@/test/contract-suite';

// The unit project's setup file (src/test/setup.ts) serves the demo service
// through msw/node on this origin, so this run covers the MSW wiring too.
const ORIGIN = 'http://localhost';

contractSuite('service through MSW', () => async (path, query = {}) => {
  const search = new URLSearchParams(query).toString();
  const response = await fetch(`${ORIGIN}${path}${search ? `?${search}` : ''}`);
  return { status: response.status, body: (await response.json()) as unknown };
});
