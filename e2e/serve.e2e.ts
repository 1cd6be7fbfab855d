import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import { encodeWindows1251 } from '../src/import/read/test-encoders';
import { kpiFigure, test, UI_TIMEOUT, waitForSettled } from './journey';

/**
 * `npm run serve` as a team runs it: the launcher builds the server and the
 * same-origin app, then serves both from one process on a DuckDB file.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
/** Building the server and the app takes most of it. */
const START_TIMEOUT = 240_000;

type Served = {
  origin: string;
  output: () => string;
  /** SIGTERM, then the exit code once the process has ended. */
  stop: () => Promise<number | null>;
};

const running = new Set<ChildProcess>();

/** Runs `node server/serve.mjs ARGS` (what `npm run serve -- ARGS` runs) until its banner shows. */
async function serve(args: readonly string[]): Promise<Served> {
  // As from a shell: no test-runner NODE_ENV (it would make Vite build React for development).
  const env = { ...process.env };
  delete env['NODE_ENV'];
  delete env['VITEST'];
  delete env['VITE_API_BASE_URL'];
  const child = spawn(
    process.execPath,
    ['server/serve.mjs', '--port', '0', ...args],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let output = '';
  child.stdout.on('data', (part: Buffer) => (output += part.toString()));
  child.stderr.on('data', (part: Buffer) => (output += part.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no banner in ${String(START_TIMEOUT)} ms:\n${output}`));
    }, START_TIMEOUT);
    const look = () => {
      const found = /dashboard at (http:\/\/[^/ ]+)\//.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    origin,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The Turnover card's exact dollars once it shows a figure and nothing is busy. */
async function turnoverExact(page: Page): Promise<string> {
  const value = kpiFigure(page, en.kpis.card.turnover);
  await expect.poll(() => value.count(), { timeout: UI_TIMEOUT }).toBe(1);
  await waitForSettled(page);
  return (await value.getAttribute('value')) ?? '';
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'serve-e2e-'));
});

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('npm run serve', () => {
  test(
    'a fresh database gets the demo: $927.0M, same-origin API, no MSW, no service worker, no CSP violation',
    async ({ open }) => {
      const db = path.join(dir, 'fresh', 'trade.duckdb');
      const served = await serve(['--db', db]);
      try {
        expect(served.output()).toContain('(demo)');
        expect(existsSync(db)).toBe(true);
        const requests: string[] = [];
        // A policy violation is a console error: the fixture fails on it.
        const page = await open();
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(`${served.origin}/?lang=en`);
        expect(await turnoverExact(page)).toBe('927000000');
        expect(
          await kpiFigure(page, en.kpis.card.turnover).innerText(),
        ).toContain('$927.0M');
        expect(
          await page.evaluate(() =>
            navigator.serviceWorker
              .getRegistrations()
              .then((list) => list.length),
          ),
        ).toBe(0);
        const api = requests.filter((url) => url.includes('/api/'));
        expect(api.length).toBeGreaterThan(0);
        for (const url of api) expect(url.startsWith(served.origin)).toBe(true);
        expect(requests.some((url) => url.includes('mockServiceWorker'))).toBe(
          false,
        );
        const health = await fetch(`${served.origin}/api/health`);
        expect(await health.json()).toEqual({ status: 'ok' });
      } finally {
        // Graceful: SIGTERM ends it with exit code 0.
        expect(await served.stop()).toBe(0);
      }
    },
    START_TIMEOUT + 60_000,
  );

  test(
    '-- --data FILE with a Windows-1251 `;` CSV serves that file’s totals',
    async ({ open }) => {
      const file = path.join(dir, 'vko-altai.csv');
      await writeFile(
        file,
        encodeWindows1251(
          [
            'Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;Стоимость, тыс. долл. США',
            'январь 2024;Восточно-Казахстанская область;Алтайский край;экспорт;7601;1 234,5',
            'январь 2024;ВКО;Алтайский край;импорт;8429 11;2 000',
            'февраль 2024;Восточно-Казахстанская область;Алтайский край;экспорт;7601;1 500,25',
            'февраль 2024;Павлодарская область;Омская область;импорт;2701;100',
            '',
          ].join('\r\n'),
        ),
      );
      const served = await serve([
        '--data',
        file,
        '--db',
        path.join(dir, 'user', 'trade.duckdb'),
      ]);
      try {
        expect(served.output()).toContain(
          'vko-altai.csv: 4 valid rows, 0 with problems, 4 records, 0 problems',
        );
        const page = await open(`${served.origin}/?lang=en`);
        // The file's largest pair and the whole period it covers.
        expect(await turnoverExact(page)).toBe(
          String(1_234_500 + 2_000_000 + 1_500_250),
        );
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
          'East Kazakhstan Region ↔ Altai Krai',
        );
        // Not the demo's: nothing is tagged illustrative.
        expect(await page.getByText('Illustrative data').count()).toBe(0);
        // The app's own default view is not in this file: the file's is
        // opened instead, silently, since nobody asked for the other.
        expect(await page.getByText(en.filters.notice.ignored).count()).toBe(0);
        await page.goto(
          `${served.origin}/?lang=en&pair=KZ-55~RU-OMS&from=2024-01&to=2024-02`,
        );
        expect(await turnoverExact(page)).toBe('100000');
      } finally {
        expect(await served.stop()).toBe(0);
      }
    },
    START_TIMEOUT + 60_000,
  );
});
