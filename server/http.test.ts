// @vitest-environment node
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoDataset } from '../mocks/data/dataset';
import { server as msw } from '../mocks/node';
import type { Dataset } from '@/service/dataset';
import { createService } from '@/service/service';
import { CONTENT_SECURITY_POLICY } from './headers';
import { MAX_URL_LENGTH, startServer, type RunningServer } from './http';
import { rawRequest } from './test-client';

const SECRET = 'the-secret-outside-the-static-folder';
const INDEX = '<!doctype html><title>app</title><div id="root"></div>';
const FORUM = 'pair=KZ-63~RU-ALT&from=2023-01&to=2023-08';
const TOTALS = `/api/trade/totals?${FORUM}`;

let dir: string;
let staticDir: string;
/** A script large enough to be compressed, and compressible. */
const BIG_SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: 'row ${i}' }`).join(', ')}];\n`;
let server: RunningServer;
const lines: string[] = [];

beforeAll(async () => {
  // The shared setup answers fetches with the demo backend; these tests talk
  // to a real server over loopback.
  msw.close();
  dir = await mkdtemp(path.join(tmpdir(), 'server-test-'));
  staticDir = path.join(dir, 'static');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'secret.txt'), SECRET);
  await writeFile(path.join(staticDir, 'index.html'), INDEX);
  await writeFile(path.join(staticDir, 'assets', 'app-1a2b.js'), 'export {};');
  await writeFile(path.join(staticDir, 'assets', 'big-3c4d.js'), BIG_SCRIPT);
  await writeFile(path.join(staticDir, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(staticDir, 'mockServiceWorker.js'), '/* msw */');
  await writeFile(path.join(staticDir, '.env'), SECRET);
  await symlink(
    path.join(dir, 'secret.txt'),
    path.join(staticDir, 'linked.txt'),
  );
  server = await startServer({
    dataset: demoDataset(),
    port: 0,
    staticDir,
    log: (line) => lines.push(line),
  });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (target: string, headers: Record<string, string> = {}) =>
  rawRequest(server.origin, target, { headers });

function json(body: string): { error: { code: string; message: string } } {
  return JSON.parse(body) as { error: { code: string; message: string } };
}

describe('the API', () => {
  test('health answers ok', async () => {
    const reply = await get('/api/health');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(reply.body)).toEqual({ status: 'ok' });
  });

  test('an API call answers exactly what the service answers', async () => {
    const expected = await createService(demoDataset()).fetch(
      new Request(`http://localhost${TOTALS}`),
    );
    const reply = await get(TOTALS);
    expect(reply.status).toBe(expected.status);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual(await expected.json());
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  test('a large answer is compressed for a client that takes gzip, the same JSON once decoded', async () => {
    const records = `/api/trade/records?${FORUM}&limit=500`;
    const plain = await get(records);
    const gz = await get(records, { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toBe('Accept-Encoding');
    expect(gz.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(JSON.parse(gunzipSync(gz.bytes).toString('utf8'))).toEqual(
      JSON.parse(plain.body),
    );
    // The health answer is a few bytes: sent as it is.
    const health = await get('/api/health', { 'Accept-Encoding': 'gzip' });
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  test('HEAD answers the headers of GET without a body', async () => {
    const full = await get(TOTALS);
    const head = await rawRequest(server.origin, TOTALS, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
  });

  test.each([
    [
      'a malformed pair',
      '/api/trade/totals?pair=KZ-63-RU-ALT&from=2023-01&to=2023-08',
    ],
    [
      'a month 13',
      '/api/trade/totals?pair=KZ-63~RU-ALT&from=2023-13&to=2023-08',
    ],
    ['an unknown flow', `/api/trade/monthly?${FORUM}&flow=both`],
    ['a page of zero', `/api/trade/records?${FORUM}&limit=0`],
    [
      'SQL in a parameter',
      `/api/trade/totals?pair=${encodeURIComponent("KZ-63~RU-ALT';DROP TABLE x;--")}&from=2023-01&to=2023-08`,
    ],
    [
      'SQL in a list',
      `/api/trade/by-sector?${FORUM}&sectors=${encodeURIComponent("XV') OR 1=1 --")}`,
    ],
  ])(
    '%s is the documented 400 invalid_query, never a 500',
    async (_, target) => {
      const reply = await get(target);
      expect(reply.status).toBe(400);
      expect(json(reply.body).error.code).toBe('invalid_query');
    },
  );

  test('an unknown endpoint is the service’s 404 JSON', async () => {
    const reply = await get('/api/nope');
    expect(reply.status).toBe(404);
    expect(json(reply.body).error.code).toBe('not_found');
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    '%s is 405: the API is read-only',
    async (method) => {
      const reply = await rawRequest(server.origin, TOTALS, { method });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(json(reply.body).error.code).toBe('method_not_allowed');
    },
  );
});

describe('limits', () => {
  test.each([MAX_URL_LENGTH + 1, 12_000, 64_000])(
    'a URL of %i characters is 414',
    async (length) => {
      const target = `${TOTALS}&x=${'a'.repeat(length - TOTALS.length - 3)}`;
      expect(target.length).toBe(length);
      const reply = await get(target);
      expect(reply.status).toBe(414);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  test('a URL of exactly the limit is answered', async () => {
    const target = `${TOTALS}&x=${'a'.repeat(MAX_URL_LENGTH - TOTALS.length - 3)}`;
    expect((await get(target)).status).toBe(200);
  });

  test.each([
    `/api/trade/totals?${FORUM}&x=%zz`,
    `/api/trade/totals?pair=%E0%A4%A&from=2023-01&to=2023-08`,
    `/api/trade/totals?pair=%C0%AF&from=2023-01&to=2023-08`,
    '/api/%E0%A4%A',
    '/%',
  ])('malformed percent-encoding is 400: %s', async (target) => {
    const reply = await get(target);
    expect(reply.status).toBe(400);
    expect(json(reply.body).error.code).toBe('bad_request');
  });
});

describe('static files', () => {
  test('/ and the app’s own paths are index.html, under the CSP', async () => {
    for (const target of [
      '/',
      '/overview',
      '/some/deep/view/',
      '/etc/passwd',
    ]) {
      const reply = await get(target);
      expect(reply.status, target).toBe(200);
      expect(reply.body).toBe(INDEX);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['content-security-policy']).toBe(
        CONTENT_SECURITY_POLICY,
      );
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
  });

  test('an asset has its content type and is cached for good', async () => {
    const reply = await get('/assets/app-1a2b.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(reply.headers['cache-control']).toContain('immutable');
    expect((await get('/favicon.svg')).headers['content-type']).toBe(
      'image/svg+xml',
    );
  });

  test('a text asset is sent compressed to a client that takes it, and decodes to the file', async () => {
    const plain = await get('/assets/big-3c4d.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_SCRIPT);
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    const br = await get('/assets/big-3c4d.js', {
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(BIG_SCRIPT.length / 4);
    expect(brotliDecompressSync(br.bytes).toString('utf8')).toBe(BIG_SCRIPT);
    const gz = await get('/assets/big-3c4d.js', {
      'Accept-Encoding': 'gzip;q=1, br;q=0',
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString('utf8')).toBe(BIG_SCRIPT);
    // A tiny file is not worth it.
    const tiny = await get('/assets/app-1a2b.js', { 'Accept-Encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body).toBe('export {};');
  });

  test('a missing asset is 404, not the app', async () => {
    for (const target of ['/assets/gone-0000.js', '/logo.png']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(404);
    }
  });

  test('the mock service worker is never served', async () => {
    expect((await get('/mockServiceWorker.js')).status).toBe(404);
    expect((await get('/mockServiceWorker.js?v=1')).status).toBe(404);
  });

  test.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/.%2e/secret.txt',
    '//secret.txt',
    `/${'..%2F'.repeat(8)}etc%2Fpasswd`,
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/index.html%00.js',
    '/%00',
    '/linked.txt',
    '/.env',
    '/./index.html',
    '/api/../secret.txt',
    '/api/%2e%2e/%2e%2e/secret.txt',
    '/mockServiceWorker.js%00',
    '/assets/../mockServiceWorker.js',
  ])('%s is refused and shows nothing outside the folder', async (target) => {
    const reply = await get(target);
    expect(reply.status).not.toBe(200);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.body).not.toContain('root:');
  });
});

describe('headers', () => {
  const SECURITY = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };

  test('every answer carries the security headers; only HTML the CSP', async () => {
    for (const target of [
      TOTALS,
      '/api/health',
      '/api/nope',
      '/',
      '/x.png',
      '/%zz',
    ]) {
      const reply = await get(target);
      expect(reply.headers, target).toMatchObject(SECURITY);
      const html = String(reply.headers['content-type']).startsWith(
        'text/html',
      );
      expect(reply.headers['content-security-policy'] !== undefined).toBe(html);
    }
  });

  test('no origin may read answers by default', async () => {
    const reply = await get(TOTALS, { Origin: 'https://evil.example' });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await rawRequest(server.origin, TOTALS, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'GET',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('an allowlisted origin is echoed, and only it', async () => {
    const allowed = 'https://trade.example.kz';
    const cors = await startServer({
      dataset: demoDataset(),
      port: 0,
      corsOrigins: [allowed],
      log: () => undefined,
    });
    try {
      const yes = await rawRequest(cors.origin, TOTALS, {
        headers: { Origin: allowed },
      });
      expect(yes.headers['access-control-allow-origin']).toBe(allowed);
      // It varies on the origin, and on the encoding a JSON answer may be sent in.
      expect(yes.headers.vary).toBe('Origin, Accept-Encoding');
      const no = await rawRequest(cors.origin, TOTALS, {
        headers: { Origin: 'https://trade.example.kz.evil.example' },
      });
      expect(no.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await rawRequest(cors.origin, TOTALS, {
        method: 'OPTIONS',
        headers: { Origin: allowed, 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(allowed);
      expect(preflight.headers['access-control-allow-methods']).toBe(
        'GET, HEAD',
      );
    } finally {
      await cors.close();
    }
  });
});

describe('the request log', () => {
  test('one JSON line per request: time, method, path, status, ms', async () => {
    const before = lines.length;
    await get(`/api/health?secret=not-logged`);
    await new Promise((resolve) => setImmediate(resolve));
    const added = lines
      .slice(before)
      .map((line) => JSON.parse(line) as unknown);
    expect(added).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
        method: 'GET',
        path: '/api/health',
        status: 200,
        ms: expect.any(Number) as unknown,
      },
    ]);
  });
});

/** The demo dataset with `totals` held until `release` is called. */
function heldDataset(): {
  dataset: Dataset;
  asked: Promise<void>;
  release: () => void;
} {
  const base = demoDataset();
  let asked!: () => void;
  let release!: () => void;
  const askedPromise = new Promise<void>((resolve) => (asked = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    dataset: {
      ...base,
      totals: async (query) => {
        asked();
        await released;
        return base.totals(query);
      },
    },
    asked: askedPromise,
    release,
  };
}

describe('time limit and shutdown', () => {
  test('a dataset that never answers gives 503 within the limit', async () => {
    const stuck = await startServer({
      dataset: new Promise<Dataset>(() => undefined),
      port: 0,
      requestTimeoutMs: 200,
      log: () => undefined,
    });
    try {
      const started = performance.now();
      const reply = await rawRequest(stuck.origin, TOTALS);
      const elapsed = performance.now() - started;
      expect(reply.status).toBe(503);
      expect(json(reply.body).error.code).toBe('timeout');
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(2_000);
      // The process itself is fine: health does not need the data.
      expect((await rawRequest(stuck.origin, '/api/health')).status).toBe(200);
    } finally {
      await stuck.close();
    }
  });

  test('close waits for an in-flight request, then refuses new ones', async () => {
    const held = heldDataset();
    const running = await startServer({
      dataset: held.dataset,
      port: 0,
      log: () => undefined,
    });
    const agent = new Agent({ keepAlive: true });
    try {
      const inFlight = rawRequest(running.origin, TOTALS, { agent });
      await held.asked;
      let closed = false;
      const closing = running.close().then(() => {
        closed = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closed).toBe(false);
      held.release();
      const reply = await inFlight;
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('"current"');
      await closing;
      expect(closed).toBe(true);
      await expect(rawRequest(running.origin, '/api/health')).rejects.toThrow(
        /ECONNREFUSED/,
      );
    } finally {
      agent.destroy();
    }
  });
});

describe('load', () => {
  test('32 concurrent clients × 20 requests on loopback: no errors', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    const statuses = new Map<number, number>();
    try {
      await Promise.all(
        Array.from({ length: 32 }, async (_, client) => {
          for (let i = 0; i < 20; i += 1) {
            const year = 2017 + ((client + i) % 8);
            const reply = await rawRequest(
              server.origin,
              `/api/trade/totals?pair=KZ-63~RU-ALT&from=${String(year)}-01&to=${String(year)}-12`,
              { agent },
            );
            statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          }
        }),
      );
    } finally {
      agent.destroy();
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 640 });
  }, 60_000);
});
