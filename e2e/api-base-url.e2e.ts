import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../mocks/data/dataset';
import type { Dataset } from '../src/service/dataset';
import { createService } from '../src/service/service';
import { launchBrowser, openPage } from './browser';
import { startServiceServer, type ServiceServer } from './service-server';

const UI_TIMEOUT = 20_000;
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
      const { sectors } = await base.sectors();
      return {
        sectors: sectors.map((sector) =>
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
let browser: Browser | undefined;
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
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined)
    throw new Error('vite preview started without a local URL');
  appUrl = url.replace(/\/+$/, '');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await api?.close();
  await rm(`${root}${OUT_DIR}`, { recursive: true, force: true });
});

describe('build with VITE_API_BASE_URL', () => {
  it('reads data from that backend and registers no service worker', async () => {
    if (!browser || !api) throw new Error('beforeAll did not finish');
    const backendServer = api;
    const { page, errors, close } = await openPage(
      browser,
      `${appUrl}/?lang=en`,
      {
        width: 1280,
        height: 800,
      },
    );
    try {
      const turnover = page.getByRole('region', {
        name: 'Turnover',
        exact: true,
      });
      await expect
        .poll(
          async () =>
            (await turnover.count()) > 0 ? turnover.first().innerText() : '',
          {
            timeout: UI_TIMEOUT,
          },
        )
        .toContain('927');

      expect(
        backendServer.requests.some((request) =>
          request.startsWith('/api/trade/totals?'),
        ),
      ).toBe(true);
      const registrations = await page.evaluate(() =>
        navigator.serviceWorker.getRegistrations().then((list) => list.length),
      );
      expect(registrations).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('neutralises a formula sent by the backend when exporting CSV', async () => {
    if (!browser) throw new Error('beforeAll did not finish');
    const { page, close } = await openPage(browser, `${appUrl}/?lang=en`, {
      width: 1280,
      height: 800,
    });
    try {
      const button = page.getByRole('button', { name: 'Export CSV' });
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
    } finally {
      await close();
    }
  });
});
