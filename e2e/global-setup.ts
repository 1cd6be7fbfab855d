import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import {
  CHROMIUM_INSTALL_COMMAND,
  findChromium,
  missingChromiumMessage,
} from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `vite preview` server for `dist/`, without a trailing slash. */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

function hasCommand(name: string): boolean {
  return (
    spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' })
      .status === 0
  );
}

/**
 * A clean CI machine may lack Chromium. As root we can install Debian's
 * (test tools cannot download their own browser builds here); otherwise we
 * stop with the command to run.
 */
function ensureChromium(): void {
  if (findChromium() !== undefined) return;
  if (
    process.getuid?.() !== 0 ||
    !hasCommand('apt-get') ||
    process.env['CHROMIUM_PATH']
  ) {
    throw new Error(missingChromiumMessage());
  }
  console.info(
    `[e2e] Chromium not found; running: ${CHROMIUM_INSTALL_COMMAND}`,
  );
  const result = spawnSync('sh', ['-c', CHROMIUM_INSTALL_COMMAND], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || findChromium() === undefined) {
    throw new Error(`Installing Chromium failed.\n${missingChromiumMessage()}`);
  }
}

/**
 * `npm test` builds `dist/` before the journeys run; building here only covers
 * a bare `vitest --project e2e`. The journeys expect the demo build, so a
 * stray VITE_API_BASE_URL in the shell must not leak into it.
 */
function ensureBuild(): void {
  if (existsSync(`${root}dist/index.html`)) return;
  console.info('[e2e] dist/index.html missing; running: npx vite build');
  const env = { ...process.env };
  delete env['VITE_API_BASE_URL'];
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${String(result.status)})`);
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureChromium();
  ensureBuild();
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined)
    throw new Error('vite preview started without a local URL');
  project.provide('baseUrl', url.replace(/\/+$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = undefined;
}
