import { z } from 'zod/mini';

const envSchema = z
  .object({
    /**
     * Origin of a real backend, e.g. `https://trade.example.kz`. When empty the
     * app starts the embedded MSW demo backend and calls its own origin.
     */
    VITE_API_BASE_URL: z.pipe(
      z.optional(z.union([z.literal(''), z.url()])),
      z.transform((value) => (value ? value.replace(/\/+$/, '') : '')),
    ),
    /**
     * `same-origin`: the app is served by the reference server (`npm run
     * serve`), whose API answers on the app's own origin, so there is no demo
     * backend and no service worker.
     */
    VITE_BACKEND: z.optional(z.enum(['demo', 'same-origin'])),
    BASE_URL: z.string(),
  })
  .check(
    z.refine(
      (env) => !(env.VITE_BACKEND === 'same-origin' && env.VITE_API_BASE_URL),
      'VITE_BACKEND=same-origin and VITE_API_BASE_URL exclude each other',
    ),
  );

export type AppEnv = { apiBaseUrl: string; baseUrl: string; demo: boolean };

/** Reads build-time env once; a malformed value fails the boot loudly. */
export function readEnv(
  raw: Record<string, unknown> = import.meta.env,
): AppEnv {
  const env = envSchema.parse(raw);
  return {
    apiBaseUrl: env.VITE_API_BASE_URL,
    baseUrl: env.BASE_URL,
    demo: env.VITE_BACKEND !== 'same-origin' && env.VITE_API_BASE_URL === '',
  };
}
