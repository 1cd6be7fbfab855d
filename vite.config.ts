import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, SECURITY_HEADERS } from './server/headers.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Whether this build embeds the demo backend: no backend origin and not
 * served by the reference server. `readEnv` (src/lib/env.ts) reads the same
 * variables at run time; here the answer is a constant, so a real-backend
 * build drops the mock layer's chunks altogether.
 */
function embedsDemo(mode: string): boolean {
  const env = loadEnv(mode, root, 'VITE_');
  return env['VITE_BACKEND'] !== 'same-origin' && !env['VITE_API_BASE_URL'];
}

/** A build without the demo backend ships no MSW worker script either, nor starts the demo's worker. */
function withoutMockWorker(): Plugin {
  let outDir = '';
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // Nor the script that starts the demo backend's worker early.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          /\s*<!--[^>]*demo-start[^>]*-->\s*<script type="module" src="\/src\/demo-start\.ts"><\/script>/,
          '',
        ),
    },
    closeBundle() {
      rmSync(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The policy `vite preview` sends, as a host would (server/headers.ts): a
 * real-backend build may also call its API's origin.
 */
function previewPolicy(mode: string): string {
  const api = loadEnv(mode, root, 'VITE_')['VITE_API_BASE_URL'];
  return contentSecurityPolicy(api ? [new URL(api).origin] : []);
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(embedsDemo(mode) ? [] : [withoutMockWorker()])],
  define: { __DEMO_BACKEND__: JSON.stringify(embedsDemo(mode)) },
  preview: {
    headers: {
      'Content-Security-Policy': previewPolicy(mode),
      ...SECURITY_HEADERS,
    },
  },
  resolve: { alias: { '@': src } },
  // Workers load chunks of their own (the demo backend's dataset, on demand).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Zod and the module that configures it share one chunk, so the
              // configuration runs before any chunk that builds a schema:
              // chunking would otherwise let a shared chunk of schemas run
              // first, and Zod probe `new Function` under the CSP.
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]|src[\\/]api[\\/]schemas[\\/]zod-config\.ts$/,
              priority: 10,
            },
            {
              // Its own chunk, so it runs before React's and the app's
              // (src/demo-start.ts): in the entry chunk it would run after
              // every chunk the entry imports.
              name: 'demo-start',
              test: /src[\\/]demo-start\.ts$/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // Server tests mark themselves `// @vitest-environment node`.
          include: [
            'src/**/*.test.{ts,tsx}',
            'mocks/**/*.test.ts',
            'server/**/*.test.ts',
          ],
          setupFiles: ['src/test/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // One browser, one preview server: journeys run one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
