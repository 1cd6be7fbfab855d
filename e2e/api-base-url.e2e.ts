import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { demoDataset } from '../mocks/data/dataset';
import { contentSecurityPolicy } from '../server/headers';
import en from '../src/i18n/locales/en.json';
import type { Dataset } from '../src/service/dataset';
import { createService } from '../src/service/service';
import { region, test, UI_TIMEOUT, waitForText } from './journey';
import { startServiceServer, type ServiceServer } from './service-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'dist-api';

/**
 * A backend is outside our control: one of its section names is a spreadsheet
 * formula, which a CSV export must neutralise.
 */
const FORMULA = '=HYPERLINK("http://example.com","x")';

/** The demo dataset with that one hostile section name. */
function hostileDataset(): Dataset {
  const base = demoDataset();
  return {
    ...base,
    sectors: async () => {
      const response = await base.sectors();
      return {
        ...response,
        sectors: response.sectors.map((sector) =>
          sector.id === 'XVI'
            ? { ...sector, name: { ...sector.name, en: FORMULA } }
            : sector,
        ),
      };
    },
  };
}

/**
 * Vite reads VITE_* variables from process.env, so setting it is enough. Vitest
 * sets NODE_ENV=test, which would make Vite emit React's development build;
 * a production bundle is what ships, so the build runs with NODE_ENV=production.
 */
async function buildWithEnv(env: Record<string, string>): Promise<void> {
  const saved = Object.fromEntries(
    Object.keys(env).map((name) => [name, process.env[name]]),
  );
  Object.assign(process.env, env);
  try {
    await build({
      root,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: OUT_DIR, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
}

// Undefined until beforeAll gets that far; afterAll cleans up whatever exists.
let api: ServiceServer | undefined;
let server: PreviewServer | undefined;
let appUrl = '';

beforeAll(async () => {
  // The backend must exist first: its origin is baked into the bundle.
  const backendServer = await startServiceServer(
    createService(hostileDataset()),
  );
  api = backendServer;
  await buildWithEnv({
    VITE_API_BASE_URL: backendServer.origin,
    NODE_ENV: 'production',
  });
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      // As a host would send it for this build: the API on its own origin.
      headers: {
        'Content-Security-Policy': contentSecurityPolicy([
          backendServer.origin,
        ]),
      },
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined)
    throw new Error('vite preview started without a local URL');
  appUrl = url.replace(/\/+$/, '');
});

afterAll(async () => {
  await server?.close();
  await api?.close();
  await rm(`${root}${OUT_DIR}`, { recursive: true, force: true });
});

describe('build with VITE_API_BASE_URL', () => {
  test('ships no mock layer: no MSW code in any chunk, no worker script', async () => {
    const out = `${root}${OUT_DIR}`;
    expect(existsSync(`${out}/mockServiceWorker.js`)).toBe(false);
    const chunks = (await readdir(`${out}/assets`)).filter((name) =>
      name.endsWith('.js'),
    );
    expect(chunks.length).toBeGreaterThan(0);
    for (const name of chunks) {
      const code = await readFile(`${out}/assets/${name}`, 'utf8');
      for (const marker of ['setupWorker', 'mockServiceWorker', '[MSW]'])
        expect(code.includes(marker), `${name} holds ${marker}`).toBe(false);
    }
  });

  test('reads data from that backend and registers no service worker', async ({
    open,
  }) => {
    if (!api) throw new Error('beforeAll did not finish');
    const backendServer = api;
    // This build's own preview server, not the shared one: an absolute URL.
    const page = await open(`${appUrl}/?lang=en`);
    await waitForText(region(page, en.kpis.card.turnover), '927');

    expect(
      backendServer.requests.some((request) =>
        request.startsWith('/api/trade/totals?'),
      ),
    ).toBe(true);
    const registrations = await page.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then((list) => list.length),
    );
    expect(registrations).toBe(0);
  });

  test('cooperation × missing CORS header → cooperation panel: could not be reached, Retry; others keep figures', async ({
    open,
    errors,
  }) => {
    if (!api) throw new Error('beforeAll did not finish');
    const backend = api;
    backend.withoutCors.add('/api/cooperation');
    try {
      // The browser logs the refused answer; nothing else may be logged.
      const page = await open(`${appUrl}/?lang=en`, { allowErrors: true });
      const cooperation = region(page, en.cooperation.panel.title);
      await waitForText(
        cooperation.getByRole('alert'),
        en.common.errors.network,
      );
      await waitForText(region(page, en.kpis.card.turnover), '$927.0M');
      backend.withoutCors.delete('/api/cooperation');
      await cooperation.getByRole('button', { name: en.common.retry }).click();
      await expect
        .poll(() => cooperation.getByRole('alert').count(), {
          timeout: UI_TIMEOUT,
        })
        .toBe(0);
      // Only the browser's report of the refused answer reached the console.
      expect(
        errors.filter(
          (line) => !/CORS|Failed to load resource|ERR_FAILED/.test(line),
        ),
      ).toEqual([]);
    } finally {
      backend.withoutCors.delete('/api/cooperation');
    }
  });

  test('neutralises a formula sent by the backend when exporting CSV', async ({
    open,
  }) => {
    const page = await open(`${appUrl}/?lang=en`);
    const button = page.getByRole('button', { name: en.export.csv.button });
    await expect
      .poll(() => button.isEnabled(), { timeout: UI_TIMEOUT })
      .toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button.click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const names = rows.filter((row) => row[6] === 'XVI').map((row) => row[7]);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([`'${FORMULA}`]));
  });
});
