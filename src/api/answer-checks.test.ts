// @vitest-environment node
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoDataset } from '../../mocks/data/dataset';
import { COVERAGE } from '../../mocks/data/generate';
import { server } from '../../mocks/node';
import {
  type AggregateRequest,
  type ByPairRequest,
  type BySectorRequest,
  checkByPairAnswer,
  checkBySectorAnswer,
  checkMonthlyAnswer,
  checkRecordsAnswer,
  checkTotalsAnswer,
  type RecordsRequest,
} from './answer-checks';
import { PLAUSIBLE_MAX_USD, usdProblem } from '@/domain/usd';
import {
  getTradeByPair,
  getTradeBySector,
  getTradeMonthly,
  getTradeRecords,
  getTradeTotals,
} from './endpoints/get-trade';
import { AnswerMismatchError, type Mismatch } from './errors';
import { normalizeBorderQuery, normalizeTradeQuery } from './queries/trade';
import { type Month, SECTOR_IDS, type Usd } from './schemas/common';
import { CHAPTER_IDS, type ChapterId } from './schemas/sectors';
import type {
  TradeByPairResponse,
  TradeBySectorResponse,
  TradeMonthlyResponse,
  TradeQuery,
  TradeRecordsResponse,
  TradeTotalsResponse,
} from './schemas/trade';
import { monthsInRange } from '@/domain/months';
import { regionsResponse } from '@/service/catalog/data/regions';
import { createService } from '@/service/service';
import { tradeAnswers } from '@/test/trade-answers';

const answers = tradeAnswers(createService(demoDataset()));

const usd = (value: number) => value as Usd;

const FORUM: TradeQuery = {
  pair: 'KZ-63~RU-ALT',
  from: '2023-01',
  to: '2023-08',
};

describe('usdProblem: the one value rule for money', () => {
  test.each<[number, boolean, string | null]>([
    [0, false, null],
    [927_000_000, false, null],
    [PLAUSIBLE_MAX_USD, false, null],
    [-5_000, true, null],
    [-PLAUSIBLE_MAX_USD, true, null],
    [-1, false, 'negative'],
    [0.5, false, 'not whole dollars'],
    [-0.5, true, 'not whole dollars'],
    [PLAUSIBLE_MAX_USD + 1, false, 'above the plausible maximum'],
    [1e20, false, 'above the plausible maximum'],
    [-1e20, true, 'above the plausible maximum'],
    [Number.MAX_VALUE, false, 'above the plausible maximum'],
    [Number.NaN, false, 'not a finite number'],
    [Number.POSITIVE_INFINITY, false, 'not a finite number'],
    [Number.NEGATIVE_INFINITY, true, 'not a finite number'],
  ])('%d (signed: %s) → %s', (value, signed, problem) => {
    expect(usdProblem(value, { signed })).toBe(problem);
  });
});

/** A mutation of an honest answer and the field the check must name. */
type Case<T> = { name: string; field: string; mutate: (answer: T) => void };

/**
 * The honest answer passes; each mutated copy yields a mismatch at its
 * field. `baseline` is read when the tests run (answers load in beforeAll).
 */
function refusals<R, T>(
  check: (request: R, answer: T) => Mismatch[],
  request: R,
  baseline: () => T,
  cases: Case<T>[],
): void {
  test('the honest demo answer fits', () => {
    expect(check(request, baseline())).toEqual([]);
  });
  test.each(cases)('$name: mismatch at $field', ({ field, mutate }) => {
    const answer = structuredClone(baseline());
    mutate(answer);
    expect(check(request, answer).map((m) => m.field)).toContain(field);
  });
}

describe('checkTotalsAnswer', () => {
  const request: AggregateRequest = { ...FORUM, compare: true };
  const exportsOnly: AggregateRequest = { ...request, flow: 'export' };
  let honest: TradeTotalsResponse;
  let honestExports: TradeTotalsResponse;
  beforeAll(async () => {
    honest = await answers.totals(request);
    honestExports = await answers.totals(exportsOnly);
  });

  refusals(checkTotalsAnswer, request, () => honest, [
    {
      name: '1e20 dollars',
      field: 'current.exports',
      mutate: (a) => {
        a.current.exports = usd(1e20);
      },
    },
    {
      name: 'the largest double',
      field: 'current.imports',
      mutate: (a) => {
        a.current.imports = usd(Number.MAX_VALUE);
      },
    },
    {
      name: 'negative exports',
      field: 'current.exports',
      mutate: (a) => {
        a.current.exports = usd(-1);
      },
    },
    {
      name: 'half a dollar',
      field: 'current.turnover',
      mutate: (a) => {
        a.current.turnover = usd(a.current.turnover + 0.5);
      },
    },
    {
      name: 'turnover other than exports + imports',
      field: 'current.turnover',
      mutate: (a) => {
        a.current.turnover = usd(a.current.turnover + 1);
      },
    },
    {
      name: 'balance other than exports - imports',
      field: 'previous.balance',
      mutate: (a) => {
        if (a.previous) a.previous.balance = -a.previous.balance + 1;
      },
    },
    {
      name: 'an implausible deficit',
      field: 'current.balance',
      mutate: (a) => {
        a.current.balance = -1e20;
      },
    },
    {
      name: 'another period',
      field: 'current.from',
      mutate: (a) => {
        a.current.from = '2023-02';
      },
    },
    {
      name: 'a comparison of the same months, not the year before',
      field: 'previous.to',
      mutate: (a) => {
        if (a.previous) a.previous.to = a.current.to;
      },
    },
    {
      name: 'the comparison missing',
      field: 'previous',
      mutate: (a) => {
        a.previous = null;
      },
    },
    {
      name: 'a fractional cell count',
      field: 'current.provenance.reportedCells',
      mutate: (a) => {
        a.current.provenance.reportedCells = 0.5;
      },
    },
    {
      name: 'a negative cell count',
      field: 'previous.provenance.missingCells',
      mutate: (a) => {
        if (a.previous) a.previous.provenance.missingCells = -1;
      },
    },
  ]);

  test('a comparison that was not asked for is a mismatch at previous', () => {
    expect(checkTotalsAnswer({ ...request, compare: false }, honest)).toEqual([
      { field: 'previous', problem: 'comparison not asked for' },
    ]);
  });

  test('imports in an answer about exports only are a mismatch', () => {
    expect(checkTotalsAnswer(exportsOnly, honestExports)).toEqual([]);
    const answer = structuredClone(honestExports);
    answer.current.imports = usd(5);
    answer.current.turnover = usd(answer.current.exports + 5);
    answer.current.balance = answer.current.exports - 5;
    expect(checkTotalsAnswer(exportsOnly, answer)).toEqual([
      { field: 'current.imports', problem: 'a flow that was not asked for' },
    ]);
  });
});

describe('checkMonthlyAnswer', () => {
  const request: AggregateRequest = { ...FORUM, compare: true };
  let honest: TradeMonthlyResponse;
  let whole: TradeMonthlyResponse;
  beforeAll(async () => {
    honest = await answers.monthly(request);
    whole = await answers.monthly({ ...request, ...COVERAGE, pair: 'KZ~RU' });
  });
  const point = (a: TradeMonthlyResponse, i: number) => {
    const found = a.current.points[i];
    if (!found) throw new Error(`no point ${String(i)}`);
    return found;
  };

  refusals(checkMonthlyAnswer, request, () => honest, [
    {
      name: 'a duplicated month',
      field: 'current.points[1].month',
      mutate: (a) => {
        a.current.points[1] = { ...point(a, 0) };
      },
    },
    {
      name: 'a month after the period',
      field: 'current.points[8].month',
      mutate: (a) => {
        a.current.points.push({ ...point(a, 7), month: '2023-09' });
      },
    },
    {
      name: 'months out of order',
      field: 'current.points[1].month',
      mutate: (a) => {
        a.current.points.reverse();
      },
    },
    {
      name: 'a missing month',
      field: 'current.points',
      mutate: (a) => {
        a.current.points.splice(3, 1);
      },
    },
    {
      name: 'the whole dataset',
      field: 'current.points[0].month',
      mutate: (a) => {
        a.current = whole.current;
      },
    },
    {
      name: 'the current months as the comparison',
      field: 'previous.points[0].month',
      mutate: (a) => {
        if (a.previous) a.previous.points = a.current.points;
      },
    },
    {
      name: '1e20 dollars in a month',
      field: 'current.points[2].export',
      mutate: (a) => {
        point(a, 2).export = usd(1e20);
      },
    },
    {
      name: 'a negative month',
      field: 'current.points[2].import',
      mutate: (a) => {
        point(a, 2).import = usd(-1);
      },
    },
    {
      name: 'half a dollar in a month',
      field: 'current.points[5].export',
      mutate: (a) => {
        point(a, 5).export = usd(0.5);
      },
    },
    {
      name: 'the comparison missing',
      field: 'previous',
      mutate: (a) => {
        a.previous = null;
      },
    },
  ]);

  test('a month a flow was not asked for is a mismatch, null is not', async () => {
    const imports: AggregateRequest = { ...request, flow: 'import' };
    const answer = await answers.monthly(imports);
    expect(answer.current.points.every((p) => p.export === null)).toBe(true);
    expect(checkMonthlyAnswer(imports, answer)).toEqual([]);
    point(answer, 0).export = usd(0);
    expect(checkMonthlyAnswer(imports, answer)).toEqual([
      {
        field: 'current.points[0].export',
        problem: 'a flow that was not asked for',
      },
    ]);
  });
});

describe('checkBySectorAnswer', () => {
  // Section XV and chapter 84 (of XVI): two sections, the chapters of one and a chapter of the other.
  const request: BySectorRequest = {
    ...FORUM,
    sectors: ['XV'],
    chapters: ['84'],
    compare: true,
    detail: 'chapters',
  };
  let honest: TradeBySectorResponse;
  beforeAll(async () => {
    honest = await answers.bySector(request);
  });
  const chapters = (a: TradeBySectorResponse) => a.current.chapters ?? [];

  refusals(checkBySectorAnswer, request, () => honest, [
    {
      name: 'a duplicated section',
      field: 'current.sectors[2].sector',
      mutate: (a) => {
        a.current.sectors.push({ ...a.current.sectors[0]! });
      },
    },
    {
      name: 'a section that was not asked for',
      field: 'current.sectors[2].sector',
      mutate: (a) => {
        a.current.sectors.push({
          sector: 'I',
          exports: usd(0),
          imports: usd(0),
        });
      },
    },
    {
      name: 'a chapter that was not asked for',
      field: 'current.chapters[0].chapter',
      mutate: (a) => {
        chapters(a)[0]!.chapter = '85';
      },
    },
    {
      name: 'a chapter outside the sections listed',
      field: 'previous.chapters[0].chapter',
      mutate: (a) => {
        a.previous!.chapters![0]!.chapter = '01';
      },
    },
    {
      name: 'an unknown chapter',
      field: 'current.chapters[1].chapter',
      mutate: (a) => {
        chapters(a)[1]!.chapter = '77' as ChapterId;
      },
    },
    {
      name: 'a duplicated chapter',
      field: 'current.chapters[3].chapter',
      mutate: (a) => {
        chapters(a)[3] = { ...chapters(a)[2]! };
      },
    },
    {
      name: 'a section other than the sum of its chapters',
      field: 'current.sectors[0].exports',
      mutate: (a) => {
        a.current.sectors[0]!.exports = usd(a.current.sectors[0]!.exports + 1);
      },
    },
    {
      name: 'a section without its chapters',
      field: 'current.sectors[1].sector',
      mutate: (a) => {
        a.current.chapters = chapters(a).filter((c) => c.chapter !== '84');
      },
    },
    {
      name: '1e20 dollars in a chapter',
      field: 'current.chapters[0].imports',
      mutate: (a) => {
        chapters(a)[0]!.imports = usd(1e20);
      },
    },
    {
      name: 'a negative section',
      field: 'previous.sectors[0].imports',
      mutate: (a) => {
        a.previous!.sectors[0]!.imports = usd(-1);
      },
    },
    {
      name: 'the chapters missing',
      field: 'current.chapters',
      mutate: (a) => {
        a.current.chapters = null;
      },
    },
    {
      name: 'the comparison missing',
      field: 'previous',
      mutate: (a) => {
        a.previous = null;
      },
    },
  ]);

  test('with detail=sections the service sends chapters: null, and chapter rows are a mismatch', async () => {
    const sections: BySectorRequest = { ...request, detail: 'sections' };
    const answer = await answers.bySector(sections);
    expect([answer.current.chapters, answer.previous?.chapters]).toEqual([
      null,
      null,
    ]);
    expect(checkBySectorAnswer(sections, answer)).toEqual([]);
    expect(checkBySectorAnswer(sections, honest)).toEqual([
      { field: 'current.chapters', problem: 'chapters not asked for' },
      { field: 'previous.chapters', problem: 'chapters not asked for' },
    ]);
  });

  test('exports in an answer about imports only are a mismatch', async () => {
    const imports: BySectorRequest = { ...request, flow: 'import' };
    const answer = await answers.bySector(imports);
    expect(checkBySectorAnswer(imports, answer)).toEqual([]);
    answer.current.sectors[0]!.exports = usd(7);
    expect(checkBySectorAnswer(imports, answer).map((m) => m.field)).toEqual([
      'current.sectors[0].exports',
      'current.sectors[0].exports',
    ]);
  });
});

describe('checkByPairAnswer', () => {
  const request: ByPairRequest = {
    from: FORUM.from,
    to: FORUM.to,
    compare: true,
  };
  let honest: TradeByPairResponse;
  beforeAll(async () => {
    honest = await answers.byPair(request);
  });

  refusals(checkByPairAnswer, request, () => honest, [
    {
      name: 'a pair whose id is not its sides',
      field: 'current.pairs[0].pair',
      mutate: (a) => {
        a.current.pairs[0]!.pair = 'KZ-27~RU-AST';
      },
    },
    {
      name: 'a duplicated pair',
      field: 'current.pairs[19].pair',
      mutate: (a) => {
        a.current.pairs.push({ ...a.current.pairs[0]! });
      },
    },
    {
      name: 'a region that is no pair’s Kazakh side',
      field: 'current.regions[0].kz',
      mutate: (a) => {
        a.current.regions[0]!.kz = 'KZ-75';
      },
    },
    {
      name: 'a duplicated region',
      field: 'current.regions[8].kz',
      mutate: (a) => {
        a.current.regions.push({ ...a.current.regions[0]! });
      },
    },
    {
      name: 'a region missing',
      field: 'previous.regions',
      mutate: (a) => {
        a.previous!.regions.pop();
      },
    },
    {
      name: '1e20 dollars for the country',
      field: 'current.country.exports',
      mutate: (a) => {
        a.current.country.exports = usd(1e20);
      },
    },
    {
      name: 'half a dollar for a pair',
      field: 'current.pairs[4].imports',
      mutate: (a) => {
        a.current.pairs[4]!.imports = usd(12.5);
      },
    },
    {
      name: 'a negative cell count',
      field: 'current.regions[2].provenance.missingCells',
      mutate: (a) => {
        a.current.regions[2]!.provenance.missingCells = -1;
      },
    },
    {
      name: 'a comparison of another period',
      field: 'previous.from',
      mutate: (a) => {
        a.previous!.from = '2021-01';
      },
    },
    {
      name: 'the comparison missing',
      field: 'previous',
      mutate: (a) => {
        a.previous = null;
      },
    },
  ]);

  test('imports in an answer about exports only are a mismatch', async () => {
    const exportsOnly: ByPairRequest = { ...request, flow: 'export' };
    const answer = await answers.byPair(exportsOnly);
    expect(checkByPairAnswer(exportsOnly, answer)).toEqual([]);
    answer.previous!.pairs[3]!.imports = usd(1);
    expect(checkByPairAnswer(exportsOnly, answer)).toEqual([
      {
        field: 'previous.pairs[3].imports',
        problem: 'a flow that was not asked for',
      },
    ]);
  });
});

describe('checkRecordsAnswer', () => {
  // 2 months × 1 flow × the 11 chapters of section XV: 22 records, a full page of 12 at offset 5.
  const request: RecordsRequest = {
    pair: 'KZ-63~RU-ALT',
    from: '2023-01',
    to: '2023-02',
    sectors: ['XV'],
    flow: 'export',
    page: { offset: 5, limit: 12 },
  };
  let honest: TradeRecordsResponse;
  let whole: TradeRecordsResponse;
  beforeAll(async () => {
    honest = await answers.records(request);
    whole = await answers.records({
      pair: 'KZ~RU',
      ...COVERAGE,
      page: request.page,
    });
  });
  const record = (a: TradeRecordsResponse, i: number) => {
    const found = a.records[i];
    if (!found) throw new Error(`no record ${String(i)}`);
    return found;
  };

  test('the baseline is a full page of the 22 records', () => {
    expect([honest.total, honest.records.length]).toEqual([22, 12]);
  });

  refusals(checkRecordsAnswer, request, () => honest, [
    {
      name: 'a duplicated record',
      field: 'records[1]',
      mutate: (a) => {
        a.records[1] = { ...record(a, 0) };
      },
    },
    {
      name: 'more records than the limit',
      field: 'records',
      mutate: (a) => {
        a.records.push({ ...record(a, 0), month: '2023-02', chapter: '83' });
      },
    },
    {
      name: 'a short page before the last',
      field: 'records',
      mutate: (a) => {
        a.records.pop();
      },
    },
    {
      name: 'a month outside the period',
      field: 'records[0].month',
      mutate: (a) => {
        record(a, 0).month = '2022-12';
      },
    },
    {
      name: 'a foreign pair’s Kazakh row',
      field: 'records[2].kz',
      mutate: (a) => {
        record(a, 2).kz = 'KZ-55';
      },
    },
    {
      name: 'a foreign pair’s Russian column',
      field: 'records[2].ru',
      mutate: (a) => {
        record(a, 2).ru = 'RU-OTHER';
      },
    },
    {
      name: 'the whole dataset',
      field: 'records[0].kz',
      mutate: (a) => {
        a.records = whole.records;
      },
    },
    {
      name: 'a flow that was not asked for',
      field: 'records[3].flow',
      mutate: (a) => {
        record(a, 3).flow = 'import';
      },
    },
    {
      name: 'a chapter that was not asked for',
      field: 'records[4].chapter',
      mutate: (a) => {
        Object.assign(record(a, 4), { chapter: '84', sector: 'XVI' });
      },
    },
    {
      name: 'an unknown chapter',
      field: 'records[4].chapter',
      mutate: (a) => {
        record(a, 4).chapter = '77' as ChapterId;
      },
    },
    {
      name: 'a section other than its chapter’s',
      field: 'records[5].sector',
      mutate: (a) => {
        record(a, 5).sector = 'XIV';
      },
    },
    {
      name: '1e20 dollars',
      field: 'records[6].valueUsd',
      mutate: (a) => {
        record(a, 6).valueUsd = usd(1e20);
      },
    },
    {
      name: 'a negative value',
      field: 'records[6].valueUsd',
      mutate: (a) => {
        record(a, 6).valueUsd = usd(-1);
      },
    },
    {
      name: 'half a dollar',
      field: 'records[7].valueUsd',
      mutate: (a) => {
        record(a, 7).valueUsd = usd(0.5);
      },
    },
    {
      name: 'another offset',
      field: 'offset',
      mutate: (a) => {
        a.offset = 0;
      },
    },
    {
      name: 'another limit',
      field: 'limit',
      mutate: (a) => {
        a.limit = 1000;
      },
    },
  ]);

  test('a country side takes every cell of its country, the rest of it included', async () => {
    const country: RecordsRequest = {
      ...request,
      pair: 'KZ~RU-ALT',
      page: { offset: 0, limit: 5000 },
    };
    const answer = await answers.records(country);
    expect(new Set(answer.records.map((r) => r.kz))).toContain('KZ-OTHER');
    expect(checkRecordsAnswer(country, answer)).toEqual([]);
    record(answer, 0).ru = 'RU-OMS';
    expect(checkRecordsAnswer(country, answer).map((m) => m.field)).toEqual([
      'records[0].ru',
    ]);
  });
});

/** Every view the service answers: border pairs, a border region with the other country, KZ~RU. */
const VIEWS = [
  ...regionsResponse.pairs.map((p) => p.id),
  ...regionsResponse.regions
    .filter((r) => r.kind === 'region')
    .map((r) => (r.code.startsWith('KZ') ? `${r.code}~RU` : `KZ~${r.code}`)),
  'KZ~RU',
];

const MONTHS: readonly Month[] = monthsInRange(COVERAGE.from, COVERAGE.to);
const monthAt = (i: number): Month => MONTHS[i] ?? COVERAGE.from;

/** A valid query inside the demo coverage, normalized as the query options send it. */
const queryArb = fc
  .record({
    pair: fc.constantFrom(...VIEWS),
    a: fc.integer({ min: 0, max: MONTHS.length - 1 }),
    b: fc.integer({ min: 0, max: MONTHS.length - 1 }),
    flow: fc.constantFrom(undefined, 'export' as const, 'import' as const),
    sectors: fc.subarray([...SECTOR_IDS], { maxLength: 4 }),
    chapters: fc.subarray([...CHAPTER_IDS], { maxLength: 6 }),
  })
  .map(({ pair, a, b, flow, sectors, chapters }) =>
    normalizeTradeQuery({
      pair,
      from: monthAt(Math.min(a, b)),
      to: monthAt(Math.max(a, b)),
      sectors,
      chapters,
      ...(flow ? { flow } : {}),
    }),
  );

describe('honest answers never mismatch (no false positives)', () => {
  test('for random valid queries, comparisons, details and pages of the demo', async () => {
    await fc.assert(
      fc.asyncProperty(
        queryArb,
        fc.boolean(),
        fc.constantFrom('sections' as const, 'chapters' as const),
        fc.record({
          offset: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 200_000 }),
          ),
          limit: fc.integer({ min: 1, max: 5000 }),
        }),
        async (query, compare, detail, page) => {
          const border = normalizeBorderQuery(query);
          const [totals, monthly, bySector, byPair, records] =
            await Promise.all([
              answers.totals({ ...query, compare }),
              answers.monthly({ ...query, compare }),
              answers.bySector({ ...query, compare, detail }),
              answers.byPair({ ...border, compare }),
              answers.records({ ...query, page }),
            ]);
          expect(checkTotalsAnswer({ ...query, compare }, totals)).toEqual([]);
          expect(checkMonthlyAnswer({ ...query, compare }, monthly)).toEqual(
            [],
          );
          expect(
            checkBySectorAnswer({ ...query, compare, detail }, bySector),
          ).toEqual([]);
          expect(checkByPairAnswer({ ...border, compare }, byPair)).toEqual([]);
          expect(checkRecordsAnswer({ ...query, page }, records)).toEqual([]);
        },
      ),
      { seed: 20231109, numRuns: 150 },
    );
  }, 60_000);
});

describe('the trade endpoints refuse an answer that does not fit', () => {
  test('getTradeTotals rejects a turnover other than exports + imports with AnswerMismatchError', async () => {
    const request: AggregateRequest = { ...FORUM, compare: false };
    const answer = structuredClone(await answers.totals(request));
    answer.current.turnover = usd(answer.current.turnover * 1000);
    server.use(http.get('*/api/trade/totals', () => HttpResponse.json(answer)));
    const error = await getTradeTotals(FORUM, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerMismatchError);
    expect(error).toMatchObject({
      kind: 'mismatch',
      endpoint: '/api/trade/totals',
      field: 'current.turnover',
      retryable: false,
      mismatches: [
        { field: 'current.turnover', problem: 'not exports + imports' },
      ],
    });
  });

  test('getTradeRecords rejects a page of another pair’s records', async () => {
    const page = { offset: 0, limit: 10 };
    const other = await answers.records({
      ...FORUM,
      pair: 'KZ-55~RU-OMS',
      page,
    });
    server.use(http.get('*/api/trade/records', () => HttpResponse.json(other)));
    const error = await getTradeRecords(FORUM, page).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerMismatchError);
    expect((error as AnswerMismatchError).field).toBe('records[0].kz');
  });

  test('every endpoint resolves with the demo’s honest answer, asked as the helper asks', async () => {
    const query: TradeQuery = { ...FORUM, sectors: ['XV'], flow: 'export' };
    const page = { offset: 5, limit: 30 };
    expect(await getTradeTotals(query, true)).toEqual(
      await answers.totals({ ...query, compare: true }),
    );
    expect(await getTradeMonthly(query, true)).toEqual(
      await answers.monthly({ ...query, compare: true }),
    );
    expect(await getTradeBySector(query, true, 'chapters')).toEqual(
      await answers.bySector({ ...query, compare: true, detail: 'chapters' }),
    );
    const border = normalizeBorderQuery(query);
    expect(await getTradeByPair(border, true)).toEqual(
      await answers.byPair({ ...border, compare: true }),
    );
    expect(await getTradeRecords(query, page)).toEqual(
      await answers.records({ ...query, page }),
    );
  });
});
