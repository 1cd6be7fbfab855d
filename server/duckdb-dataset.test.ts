// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkByPairAnswer,
  checkBySectorAnswer,
  checkMonthlyAnswer,
  checkRecordsAnswer,
  checkTotalsAnswer,
} from '@/api/answer-checks';
import { normalizeBorderQuery } from '@/api/queries/trade';
import type { Page, TradeQuery } from '@/api/schemas/trade';
import { cooperationForPair } from '@/service/catalog/cooperation';
import { regionsResponse } from '@/service/catalog/data/regions';
import { sectorsResponse } from '@/service/catalog/data/sectors';
import type { Dataset } from '@/service/dataset';
import { createMemoryDataset } from '@/service/memory-dataset';
import { createService, type Service } from '@/service/service';
import { contractSuite } from '@/test/contract-suite';
import { tradeAnswers } from '@/test/trade-answers';
import { generateCube } from '../mocks/data/generate';
import { buildDatasetMeta } from '../mocks/data/meta';
import { catalogueViews, type DuckDbLoadInput } from './duckdb-load';
import { createDuckDbDataset, type DuckDbDataset } from './duckdb-dataset';

// The demo input, once per file: the memory dataset and DuckDB load the same one.
const generated = generateCube();
const input: DuckDbLoadInput = {
  cube: generated.cube,
  meta: buildDatasetMeta(generated),
  regions: regionsResponse,
  sectors: sectorsResponse,
  cooperation: cooperationForPair,
};
const memory: Dataset = createMemoryDataset(input);
let duck: DuckDbDataset;
let service: Service;

beforeAll(async () => {
  duck = await createDuckDbDataset({ path: ':memory:' });
  const started = performance.now();
  await duck.load(input);
  console.info(
    `[duckdb] loaded ${String(await duck.cellCount())} cells in ${String(Math.round(performance.now() - started))} ms`,
  );
  service = createService(duck);
}, 120_000);

afterAll(async () => {
  await duck.close();
});

const FORUM = { pair: 'KZ-63~RU-ALT', from: '2023-01', to: '2023-08' };

/** Every level, Abai (KZ-10) across its first month, goods, flows, edges of the cube. */
const QUERIES: { name: string; query: TradeQuery }[] = [
  { name: 'a pair', query: FORUM },
  { name: 'a region with Russia', query: { ...FORUM, pair: 'KZ-15~RU' } },
  { name: 'Kazakhstan with a region', query: { ...FORUM, pair: 'KZ~RU-OMS' } },
  { name: 'the two countries', query: { ...FORUM, pair: 'KZ~RU' } },
  {
    name: 'Abai across June 2022',
    query: { pair: 'KZ-10~RU-ALT', from: '2021-09', to: '2022-09' },
  },
  {
    name: 'Abai before it existed',
    query: { pair: 'KZ-10~RU', from: '2020-01', to: '2022-05' },
  },
  {
    name: 'the countries across June 2022',
    query: { pair: 'KZ~RU', from: '2022-01', to: '2022-12' },
  },
  {
    name: 'two sections',
    query: { ...FORUM, pair: 'KZ-55~RU', sectors: ['II', 'XV'] },
  },
  {
    name: 'chapters',
    query: { ...FORUM, chapters: ['01', '27', '72'] },
  },
  {
    name: 'sections and chapters (the union)',
    query: { ...FORUM, pair: 'KZ~RU', sectors: ['V'], chapters: ['84'] },
  },
  { name: 'exports only', query: { ...FORUM, flow: 'export' } },
  {
    name: 'imports of a section',
    query: { ...FORUM, pair: 'KZ~RU-ALT', flow: 'import', sectors: ['XVI'] },
  },
  {
    name: 'a period reaching outside the cube',
    query: { pair: 'KZ-27~RU', from: '2016-06', to: '2017-03' },
  },
  {
    name: 'a period wholly outside the cube',
    query: { pair: 'KZ-27~RU', from: '2026-01', to: '2026-03' },
  },
  {
    name: 'a demo-scale pair, some cells unreported',
    query: { pair: 'KZ-27~RU-SAR', from: '2019-01', to: '2019-12' },
  },
  {
    name: 'nine years of the countries',
    query: { pair: 'KZ~RU', from: '2017-01', to: '2025-12' },
  },
];

describe('the DuckDB dataset gives the memory dataset’s answers', () => {
  test('catalogues: meta, regions, sectors, and cooperation of every view', async () => {
    expect(await duck.meta()).toEqual(await memory.meta());
    expect(await duck.regions()).toEqual(await memory.regions());
    expect(await duck.sectors()).toEqual(await memory.sectors());
    for (const view of catalogueViews(regionsResponse))
      expect(await duck.cooperation(view)).toEqual(
        await memory.cooperation(view),
      );
  });

  test.each(QUERIES)(
    'totals, monthly and bySector: $name',
    async ({ query }) => {
      expect(await duck.totals(query)).toEqual(await memory.totals(query));
      expect(await duck.monthly(query)).toEqual(await memory.monthly(query));
      expect(await duck.bySector(query)).toEqual(await memory.bySector(query));
    },
  );

  test.each(QUERIES)('byPair: $name', async ({ query }) => {
    // The whole-border aggregate takes the filters without the view.
    const border = { ...query, pair: undefined };
    expect(await duck.byPair(border)).toEqual(await memory.byPair(border));
  });

  test.each<{ name: string; query: TradeQuery; page: Page }>([
    {
      name: 'first page of a pair',
      query: FORUM,
      page: { offset: 0, limit: 300 },
    },
    {
      name: 'a page across rows of the countries',
      query: { ...FORUM, pair: 'KZ~RU' },
      page: { offset: 9 * 13 * 8 * 2 * 96 - 7, limit: 5000 },
    },
    {
      name: 'Abai, months before June 2022 absent',
      query: {
        pair: 'KZ-10~RU',
        from: '2022-04',
        to: '2022-07',
        flow: 'import',
      },
      page: { offset: 100, limit: 2000 },
    },
    {
      name: 'a filtered page',
      query: { ...FORUM, pair: 'KZ~RU-OMS', sectors: ['IV'], chapters: ['01'] },
      page: { offset: 50, limit: 100 },
    },
    {
      name: 'past the last record',
      query: FORUM,
      page: { offset: 1_000_000, limit: 10 },
    },
  ])('records: $name', async ({ query, page }) => {
    expect(await duck.records(query, page)).toEqual(
      await memory.records(query, page),
    );
  });
});

// The client's answer checks (src/api/answer-checks.ts) hold the reference
// server to the same rules as the demo: no answer of it may be refused.
describe('the answer checks find no mismatch in the DuckDB service’s answers', () => {
  test.each(QUERIES)('every trade endpoint: $name', async ({ query }) => {
    const answers = tradeAnswers(service);
    const border = normalizeBorderQuery(query);
    for (const compare of [false, true]) {
      const aggregate = { ...query, compare };
      expect(
        checkTotalsAnswer(aggregate, await answers.totals(aggregate)),
      ).toEqual([]);
      expect(
        checkMonthlyAnswer(aggregate, await answers.monthly(aggregate)),
      ).toEqual([]);
      for (const detail of ['sections', 'chapters'] as const) {
        const request = { ...aggregate, detail };
        expect(
          checkBySectorAnswer(request, await answers.bySector(request)),
        ).toEqual([]);
      }
      const whole = { ...border, compare };
      expect(checkByPairAnswer(whole, await answers.byPair(whole))).toEqual([]);
    }
    for (const page of [
      { offset: 0, limit: 500 },
      { offset: 4_000, limit: 5_000 },
    ]) {
      const request = { ...query, page };
      expect(
        checkRecordsAnswer(request, await answers.records(request)),
      ).toEqual([]);
    }
  });
});

test('a file database keeps its data for the next open, which answers without a load', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'duckdb-dataset-'));
  try {
    const path = join(dir, 'trade.duckdb');
    const first = await createDuckDbDataset({ path });
    await first.load(input);
    await first.close();
    const reopened = await createDuckDbDataset({ path });
    try {
      expect(await reopened.meta()).toEqual(await memory.meta());
      expect(await reopened.bySector(FORUM)).toEqual(
        await memory.bySector(FORUM),
      );
    } finally {
      await reopened.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

describe('files, connections and the pre-summed table', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'duckdb-dataset-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a file written before `sums` existed gets them at open, and answers alike', async () => {
    const path = join(dir, 'older.duckdb');
    const first = await createDuckDbDataset({ path });
    await first.load(input);
    await first.close();
    // What an older server left: the same file without `sums`.
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run('DROP TABLE sums');
    connection.closeSync();
    instance.closeSync();
    const reopened = await createDuckDbDataset({ path });
    try {
      const countries = { ...FORUM, pair: 'KZ~RU' };
      expect(await reopened.totals(countries)).toEqual(
        await memory.totals(countries),
      );
      const border = { from: FORUM.from, to: FORUM.to };
      expect(await reopened.byPair(border)).toEqual(
        await memory.byPair(border),
      );
    } finally {
      await reopened.close();
    }
  }, 60_000);

  test('read-only: two datasets open one file at once; a load is refused', async () => {
    const path = join(dir, 'shared.duckdb');
    const writer = await createDuckDbDataset({ path });
    await writer.load(input);
    await writer.close();
    const readers = await Promise.all([
      createDuckDbDataset({ path, readOnly: true }),
      createDuckDbDataset({ path, readOnly: true }),
    ]);
    try {
      for (const reader of readers)
        expect(await reader.totals(FORUM)).toEqual(await memory.totals(FORUM));
      await expect(readers[0].load(input)).rejects.toThrow(/read-only/i);
    } finally {
      await Promise.all(readers.map((reader) => reader.close()));
    }
  }, 60_000);

  test('reads queued around a load, over every connection, all answer in full', async () => {
    const dataset = await createDuckDbDataset({
      path: ':memory:',
      connections: 3,
    });
    try {
      await dataset.load(input);
      const expected = await memory.totals(FORUM);
      const reads = () =>
        Array.from({ length: 12 }, () => dataset.totals(FORUM));
      const answers = await Promise.all([
        ...reads(),
        dataset.load(input).then(() => expected),
        ...reads(),
      ]);
      for (const answer of answers) expect(answer).toEqual(expected);
    } finally {
      await dataset.close();
    }
  }, 120_000);
});

const HOSTILE = "'; DROP TABLE cells; --";

describe('hostile input never becomes SQL', () => {
  test('the service answers 400 to hostile sectors and pairs, before the dataset', async () => {
    for (const query of [
      { ...FORUM, sectors: HOSTILE },
      { ...FORUM, chapters: HOSTILE },
      { ...FORUM, pair: `KZ~RU${HOSTILE}` },
    ]) {
      const search = new URLSearchParams(query).toString();
      const response = await service.fetch(
        new Request(`http://localhost/api/trade/totals?${search}`),
      );
      expect(response.status).toBe(400);
    }
  });

  test('a direct call with hostile codes selects nothing, and the cells stay', async () => {
    const cells = await duck.cellCount();
    const hostile = {
      ...FORUM,
      pair: `KZ-63~RU-ALT${HOSTILE}`,
      sectors: [HOSTILE],
      chapters: [`01') OR 1=1 --`],
    } as unknown as TradeQuery;
    const totals = await duck.totals(hostile);
    expect(totals).toMatchObject({ exports: 0, imports: 0 });
    expect(totals.provenance).toEqual({
      synthetic: false,
      calibrations: [],
      reportedCells: 0,
      missingCells: 0,
    });
    const sectorQuery = {
      ...FORUM,
      sectors: [HOSTILE],
    } as unknown as TradeQuery;
    expect((await duck.bySector(sectorQuery)).sectors).toEqual([]);
    expect((await duck.records(hostile, { offset: 0, limit: 10 })).total).toBe(
      0,
    );
    await expect(duck.cooperation(HOSTILE as never)).rejects.toThrow(
      /no cooperation/,
    );
    expect(await duck.cellCount()).toBe(cells);
    expect(await duck.totals(FORUM)).toEqual(await memory.totals(FORUM));
  });
});

describe('timings (reported, not asserted)', () => {
  test('median of 20 calls of totals and bySector for the default view', async () => {
    const median = async (ask: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const started = performance.now();
        await ask();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return ((times[9] ?? 0) + (times[10] ?? 0)) / 2;
    };
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    for (const [name, dataset] of [
      ['duckdb', duck],
      ['memory', memory],
    ] as const) {
      const totals = await median(() => dataset.totals(FORUM));
      const bySector = await median(() => dataset.bySector(FORUM));
      console.info(
        `[${name}] default view: totals ${ms(totals)}, bySector ${ms(bySector)}`,
      );
    }
  });
});

// The whole HTTP contract over DuckDB, as service.test.ts runs it over the memory cube.
contractSuite('service over DuckDB', () => async (path, query = {}) => {
  const search = new URLSearchParams(query).toString();
  const response = await service.fetch(
    new Request(`http://localhost${path}${search ? `?${search}` : ''}`),
  );
  return { status: response.status, body: (await response.json()) as unknown };
});
