// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { apiErrorBodySchema } from '../../src/api/schemas/common';
import { cooperationResponseSchema } from '../../src/api/schemas/cooperation';
import { datasetMetaSchema } from '../../src/api/schemas/meta';
import { regionsResponseSchema } from '../../src/api/schemas/regions';
import { sectorsResponseSchema } from '../../src/api/schemas/sectors';
import { tradeResponseSchema } from '../../src/api/schemas/trade';

// The unit project's setup file (src/test/setup.ts) starts the msw/node server
// from mocks/node.ts with onUnhandledRequest 'error', resets handlers after each
// test and closes it after the file. Listening again here would throw
// ("cannot configure an already enabled network"), so this file relies on it.
const ORIGIN = 'http://localhost';

async function getJson(path: string, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  const response = await fetch(`${ORIGIN}${path}${search ? `?${search}` : ''}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

async function getTrade(query: Record<string, string>) {
  const { status, body } = await getJson('/api/trade', query);
  expect(status).toBe(200);
  return tradeResponseSchema.parse(body).records;
}

describe('contract: each endpoint replies in the shape of its schema', () => {
  test('GET /api/regions', async () => {
    const { status, body } = await getJson('/api/regions');
    expect(status).toBe(200);
    const regions = regionsResponseSchema.parse(body);
    expect(regions.pairs).toHaveLength(19);
    expect(regions.regions).toHaveLength(20);
  });

  test('GET /api/sectors', async () => {
    const { status, body } = await getJson('/api/sectors');
    expect(status).toBe(200);
    const sectors = sectorsResponseSchema.parse(body);
    expect(sectors.sectors).toHaveLength(21);
    expect(sectors.sectors.every((s) => s.kkUnofficial)).toBe(true);
  });

  test('GET /api/meta', async () => {
    const { status, body } = await getJson('/api/meta');
    expect(status).toBe(200);
    const meta = datasetMetaSchema.parse(body);
    expect(meta.status).toBe('illustrative');
    expect(meta.calibrations.map((c) => c.id)).toEqual([
      'F02-reported',
      'F02-extrapolated',
      'F15-scaled',
      'demo-scale',
    ]);
  });

  test('GET /api/trade', async () => {
    const records = await getTrade({
      pair: 'KZ-63~RU-ALT',
      from: '2023-01',
      to: '2023-08',
    });
    expect(records).toHaveLength(8 * 2 * 21);
    expect(records.reduce((sum, r) => sum + (r.valueUsd ?? 0), 0)).toBe(
      927_000_000,
    );
  });
});

describe('GET /api/trade filters', () => {
  test('returns only the requested pair, inclusive of both bounds', async () => {
    const records = await getTrade({
      pair: 'KZ-55~RU-OMS',
      from: '2022-11',
      to: '2023-02',
    });
    expect(new Set(records.map((r) => `${r.kz}~${r.ru}`))).toEqual(
      new Set(['KZ-55~RU-OMS']),
    );
    expect([...new Set(records.map((r) => r.month))]).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ]);
  });

  test('a single month is a valid range', async () => {
    const records = await getTrade({
      pair: 'KZ-27~RU-SAM',
      from: '2024-12',
      to: '2024-12',
    });
    expect(records).toHaveLength(2 * 21);
  });

  test('flow=export returns exports only', async () => {
    const records = await getTrade({
      pair: 'KZ-63~RU-ALT',
      from: '2021-01',
      to: '2024-12',
      flow: 'export',
    });
    expect(records).toHaveLength(48 * 21);
    expect(records.every((r) => r.flow === 'export')).toBe(true);
  });

  test('sectors=XV,XVI returns those sections only, both flows', async () => {
    const records = await getTrade({
      pair: 'KZ-63~RU-ALT',
      from: '2023-01',
      to: '2023-12',
      sectors: 'XV,XVI',
    });
    expect(new Set(records.map((r) => r.sector))).toEqual(
      new Set(['XV', 'XVI']),
    );
    expect(new Set(records.map((r) => r.flow))).toEqual(
      new Set(['export', 'import']),
    );
    expect(records).toHaveLength(12 * 2 * 2);
  });

  test('an empty sectors list means all sections', async () => {
    const records = await getTrade({
      pair: 'KZ-63~RU-AL',
      from: '2023-01',
      to: '2023-01',
      sectors: '',
    });
    expect(records).toHaveLength(2 * 21);
  });

  test('Abai region has no records before June 2022 even when asked', async () => {
    const records = await getTrade({
      pair: 'KZ-10~RU-ALT',
      from: '2021-01',
      to: '2022-07',
    });
    expect([...new Set(records.map((r) => r.month))]).toEqual([
      '2022-06',
      '2022-07',
    ]);
  });
});

describe('GET /api/trade errors', () => {
  const valid = { pair: 'KZ-63~RU-ALT', from: '2023-01', to: '2023-08' };

  test.each([
    { param: 'pair', query: { from: '2023-01', to: '2023-08' } },
    { param: 'pair', query: { ...valid, pair: 'KZ-63-RU-ALT' } },
    { param: 'from', query: { ...valid, from: '2023-13' } },
    { param: 'to', query: { ...valid, to: '2023' } },
    { param: 'from', query: { ...valid, from: '2023-09', to: '2023-01' } },
    { param: 'sectors', query: { ...valid, sectors: 'XV,XXII' } },
    { param: 'flow', query: { ...valid, flow: 'both' } },
  ])('400 invalid_query naming $param for $query', async ({ param, query }) => {
    const { status, body } = await getJson('/api/trade', query);
    expect(status).toBe(400);
    const { error } = apiErrorBodySchema.parse(body);
    expect(error.code).toBe('invalid_query');
    expect(error.message).toContain(param);
  });

  test('404 unknown_pair for a well-formed pair that does not border', async () => {
    const { status, body } = await getJson('/api/trade', {
      ...valid,
      pair: 'KZ-75~RU-MOW',
    });
    expect(status).toBe(404);
    const { error } = apiErrorBodySchema.parse(body);
    expect(error.code).toBe('unknown_pair');
    expect(error.message).toContain('KZ-75~RU-MOW');
  });
});

describe('GET /api/cooperation', () => {
  test('replies for KZ-63~RU-ALT in the shape of its schema, with seven areas', async () => {
    const { status, body } = await getJson('/api/cooperation', {
      pair: 'KZ-63~RU-ALT',
    });
    expect(status).toBe(200);
    const cooperation = cooperationResponseSchema.parse(body);
    expect(cooperation.pair).toBe('KZ-63~RU-ALT');
    expect(cooperation.areas).toHaveLength(7);
    expect(cooperation.events.length).toBeGreaterThan(0);
  });

  test.each<{ case: string; query: Record<string, string> }>([
    { case: 'missing', query: {} },
    { case: 'malformed', query: { pair: 'KZ-63-RU-ALT' } },
  ])('400 invalid_query naming pair when it is $case', async ({ query }) => {
    const { status, body } = await getJson('/api/cooperation', query);
    expect(status).toBe(400);
    const { error } = apiErrorBodySchema.parse(body);
    expect(error.code).toBe('invalid_query');
    expect(error.message).toContain('pair');
  });

  test('404 unknown_pair for a well-formed pair that does not border', async () => {
    const { status, body } = await getJson('/api/cooperation', {
      pair: 'KZ-63~RU-MOW',
    });
    expect(status).toBe(404);
    const { error } = apiErrorBodySchema.parse(body);
    expect(error.code).toBe('unknown_pair');
    expect(error.message).toContain('KZ-63~RU-MOW');
  });
});
