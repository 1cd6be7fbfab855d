// What every benchmark step shares: statistics, the browser, the preview
// server, and how a step records its targets. Each step writes
// bench/results/<name>.json as { ...results, targets }, where each target is
// { target, value, result: 'PASS' | 'FAIL' | 'REPORTED' }; `npm run bench`
// (bench/run.mjs) gathers every step's targets into one table.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const resultsDir = join(root, 'bench', 'results');

/** The q-quantile (nearest rank) of a list of numbers. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
export const median = (values) => quantile(values, 0.5);
/** Milliseconds to one decimal. */
export const round = (ms) => Math.round(ms * 10) / 10;

/** Debian's Chromium, headless, with nothing of its own on the network. */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * `vite preview` of a built directory on a free loopback port; resolves to
 * its base URL (no trailing slash) and a close function.
 */
export async function startPreview(outDir = 'dist', { appRoot = root } = {}) {
  const server = await preview({
    root: appRoot,
    // The floor app has no config of its own; ours must not reach it.
    ...(appRoot === root ? {} : { configFile: false }),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  return {
    base: server.resolvedUrls.local[0].replace(/\/+$/, ''),
    close: () => server.close(),
  };
}

const START_TIMEOUT_MS = 180_000;

/**
 * The reference server as a team runs it (`node server/serve.mjs`: the
 * real-backend build and its API) on a free port, over the demo data in
 * memory; resolves to its base URL and a close function once its banner
 * names the origin.
 */
export function startReferenceServer() {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITE_API_BASE_URL;
  const child = spawn(
    process.execPath,
    ['server/serve.mjs', '--port', '0', '--db', ':memory:'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr.on('data', (part) => (output += part));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`reference server: no banner in time:\n${output}`));
    }, START_TIMEOUT_MS);
    child.stdout.on('data', (part) => {
      output += part;
      const origin = /dashboard at (http:\/\/[^/ ]+)\//.exec(output)?.[1];
      if (!origin) return;
      clearTimeout(timer);
      // Past the banner, one log line per request: not ours to keep.
      output = '';
      resolve({
        base: origin,
        close: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`reference server exited with ${code}:\n${output}`));
    });
  });
}

/** The floor app's folder: Vite + React + one Recharts chart, nothing else. */
export const floorRoot = join(root, 'bench', 'floor-app');

/** Builds the floor app into `outDir` (absolute), with none of our config. */
export function buildFloor(outDir) {
  return build({
    root: floorRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

/** A target row: PASS when `value` is at most `limit` (or at least, with `atLeast`). */
export function target(
  name,
  value,
  limit,
  { atLeast = false, unit = '' } = {},
) {
  const pass = value !== null && (atLeast ? value >= limit : value <= limit);
  return {
    target: `${name} ${atLeast ? '≥' : '≤'} ${limit}${unit}`,
    value,
    result: pass ? 'PASS' : 'FAIL',
  };
}

/** A figure the bench reports without a target. */
export function reported(name, value) {
  return { target: name, value, result: 'REPORTED' };
}

/**
 * Prints a step's targets, writes bench/results/<name>.json and sets the
 * exit code: non-zero when any target failed.
 */
export function finish(name, results, targets) {
  console.table(targets);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, `${name}.json`),
    `${JSON.stringify({ ...results, targets }, null, 2)}\n`,
  );
  const failed = targets.filter((t) => t.result === 'FAIL');
  if (failed.length > 0) {
    console.error(`${name}: missed: ${failed.map((t) => t.target).join('; ')}`);
    process.exitCode = 1;
  } else console.log(`${name}: every target met`);
}
