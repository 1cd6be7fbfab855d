import { expect } from 'vitest';
import { apiErrorBodySchema } from '@/api/schemas/common';

/** GETs a path with a query from the backend under test: status and parsed JSON. */
export type ContractGet = (
  path: string,
  query?: Record<string, string>,
) => Promise<{ status: number; body: unknown }>;

/** The forum view: East Kazakhstan ↔ Altai Krai, January–August 2023. */
export const FORUM = { pair: 'KZ-63~RU-ALT', from: '2023-01', to: '2023-08' };

/** `ok` expects a 200 and returns the body; `failure` parses the error body. */
export function contractClient(get: () => ContractGet) {
  return {
    ok: async (path: string, query: Record<string, string> = {}) => {
      const { status, body } = await get()(path, query);
      expect(status, `${path} ${JSON.stringify(query)}`).toBe(200);
      return body;
    },
    failure: async (path: string, query: Record<string, string>) => {
      const { status, body } = await get()(path, query);
      return { status, error: apiErrorBodySchema.parse(body).error };
    },
  };
}
