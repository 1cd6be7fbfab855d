import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
import { configureClient } from '@/api/client';

// jsdom's fetch needs absolute URLs; the msw/node server answers this origin.
configureClient({
  baseUrl: 'http://localhost',
  ready: Promise.resolve(),
  timeoutMs: 5_000,
});

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => {
  server.close();
});
