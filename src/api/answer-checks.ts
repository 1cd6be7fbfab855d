import { monthsInRange, previousYearRange } from '@/domain/months';
import { isCountry, splitPair } from '@/domain/sides';
import { usdProblem } from '@/domain/usd';
import type { Mismatch } from './errors';
import { type Flow, type Month, SECTOR_IDS } from './schemas/common';
import { CHAPTER_SECTION, type ChapterId } from './schemas/sectors';
import type {
  BorderQuery,
  ChapterFlows,
  MonthlyPointWire,
  Page,
  PeriodByPair,
  PeriodBySector,
  PeriodMonthly,
  PeriodTotals,
  Provenance,
  SectorDetail,
  SectorFlows,
  TradeByPairResponse,
  TradeBySectorResponse,
  TradeMonthlyResponse,
  TradeQuery,
  TradeRecord,
  TradeRecordsResponse,
  TradeTotalsResponse,
} from './schemas/trade';

/*
 * Checks of an answer against its question. The zod schemas say an answer is
 * well formed; these say it fits the request: the months, goods, flows and
 * sides asked for, each key once, and values a trade figure can have. Each
 * check returns every mismatch (empty: the answer fits), with the field's
 * path in the answer, so the error can name the first and the log all.
 */

/** A view's aggregate as it was asked: the normalized query and whether the year before is wanted. */
export type AggregateRequest = TradeQuery & { compare: boolean };
export type BySectorRequest = AggregateRequest & { detail: SectorDetail };
/** The whole border as it was asked: the filters without a view. */
export type ByPairRequest = BorderQuery & { compare: boolean };
export type RecordsRequest = TradeQuery & { page: Page };

/** GET /api/trade/totals: the period, each sum's value, turnover and balance exact, no flow not asked for. */
export function checkTotalsAnswer(
  request: AggregateRequest,
  answer: TradeTotalsResponse,
): Mismatch[] {
  return compared(request, answer, totalsPeriod);
}

/** GET /api/trade/monthly: exactly the months of the period, once and in order, and their values. */
export function checkMonthlyAnswer(
  request: AggregateRequest,
  answer: TradeMonthlyResponse,
): Mismatch[] {
  return compared(request, answer, monthlyPeriod);
}

/**
 * GET /api/trade/by-sector: only sections and chapters that were asked for,
 * each once; chapter rows exactly when `detail` is `chapters`, each section
 * then the sum of its chapters.
 */
export function checkBySectorAnswer(
  request: BySectorRequest,
  answer: TradeBySectorResponse,
): Mismatch[] {
  return compared(request, answer, (path, period, asked) =>
    bySectorPeriod(path, period, asked, request.detail),
  );
}

/** GET /api/trade/by-pair: pair ids that are their sides, each pair and region once, every value. */
export function checkByPairAnswer(
  request: ByPairRequest,
  answer: TradeByPairResponse,
): Mismatch[] {
  return compared(request, answer, byPairPeriod);
}

/**
 * GET /api/trade/records: the page asked for, full unless it is the last,
 * and only records of the view's sides, period, flow and goods, each once.
 */
export function checkRecordsAnswer(
  request: RecordsRequest,
  answer: TradeRecordsResponse,
): Mismatch[] {
  const { page } = request;
  return [
    ...echo('offset', answer.offset, page.offset),
    ...echo('limit', answer.limit, page.limit),
    ...pageSize(page, answer),
    ...rows('records', answer.records, (field, record) =>
      recordProblems(field, record, request),
    ),
    ...duplicates(
      'records',
      answer.records.map(
        (r) => `${r.month} ${r.kz} ${r.ru} ${r.flow} ${r.chapter}`,
      ),
      '',
      'duplicate record',
    ),
  ];
}

// ---- building blocks -------------------------------------------------------

function at(field: string, problem: string): Mismatch {
  return { field, problem };
}

/** A mismatch at `field` when `problem` is not null. */
function problemAt(field: string, problem: string | null): Mismatch[] {
  return problem === null ? [] : [at(field, problem)];
}

function echo<T extends string | number>(
  field: string,
  value: T,
  expected: T,
): Mismatch[] {
  return value === expected ? [] : [at(field, `expected ${String(expected)}`)];
}

/** The value rule at a field; null (not reported) passes where the schema allows it. */
function usd(field: string, value: number | null, signed = false): Mismatch[] {
  return value === null ? [] : problemAt(field, usdProblem(value, { signed }));
}

/** Every row of a list checked at its path, `list[3]`. */
function rows<R>(
  path: string,
  list: readonly R[],
  check: (field: string, row: R) => Mismatch[],
): Mismatch[] {
  return list.flatMap((row, i) => check(`${path}[${String(i)}]`, row));
}

/** A mismatch at every row whose key an earlier row already has. */
function duplicates(
  path: string,
  keys: readonly string[],
  suffix: string,
  problem: string,
): Mismatch[] {
  const seen = new Set<string>();
  return keys.flatMap((key, i) => {
    const again = seen.has(key);
    seen.add(key);
    return again ? [at(`${path}[${String(i)}]${suffix}`, problem)] : [];
  });
}

/** `missing 2023-04 and 2 more`, or null when nothing is missing. */
function missingProblem(missing: readonly string[]): string | null {
  const [first] = missing;
  if (first === undefined) return null;
  const more = missing.length - 1;
  return `missing ${first}${more > 0 ? ` and ${String(more)} more` : ''}`;
}

function provenance(path: string, value: Provenance): Mismatch[] {
  const count = (field: 'reportedCells' | 'missingCells') =>
    Number.isInteger(value[field]) && value[field] >= 0
      ? []
      : [at(`${path}.${field}`, 'not a count')];
  return [...count('reportedCells'), ...count('missingCells')];
}

// ---- periods and the comparison --------------------------------------------

type Range = { from: Month; to: Month };

function inRange(month: Month, range: Range): boolean {
  // `YYYY-MM` sorts as text in time order.
  return range.from <= month && month <= range.to;
}

function echoes(path: string, period: Range, asked: Range): Mismatch[] {
  return [
    ...echo(`${path}.from`, period.from, asked.from),
    ...echo(`${path}.to`, period.to, asked.to),
  ];
}

type PeriodCheck<P> = (
  path: string,
  period: P,
  asked: BorderQuery,
) => Mismatch[];

/**
 * `current` checked against the request and, when the comparison was asked
 * for, `previous` against the same query a year earlier. A comparison that
 * was not asked for, or is missing, is a mismatch at `previous`.
 */
function compared<P>(
  request: BorderQuery & { compare: boolean },
  answer: { current: P; previous: P | null },
  check: PeriodCheck<P>,
): Mismatch[] {
  const current = check('current', answer.current, request);
  if (answer.previous === null)
    return request.compare
      ? [...current, at('previous', 'comparison missing')]
      : current;
  if (!request.compare)
    return [...current, at('previous', 'comparison not asked for')];
  const previous = { ...request, ...previousYearRange(request) };
  return [...current, ...check('previous', answer.previous, previous)];
}

// ---- goods and flows -------------------------------------------------------

type Goods = Pick<BorderQuery, 'sectors' | 'chapters'>;

const SECTIONS = new Set<string>(SECTOR_IDS);

function isChapter(code: string): code is ChapterId {
  return Object.hasOwn(CHAPTER_SECTION, code);
}

/** Neither sections nor chapters chosen (or both empty): every good. */
function everyGood(goods: Goods): boolean {
  return !goods.sectors?.length && !goods.chapters?.length;
}

/** An unknown code, or a chapter neither chosen nor of a chosen section. */
function chapterProblem(goods: Goods, code: string): string | null {
  if (!isChapter(code)) return 'unknown chapter';
  const asked =
    everyGood(goods) ||
    (goods.chapters ?? []).includes(code) ||
    (goods.sectors ?? []).includes(CHAPTER_SECTION[code]);
  return asked ? null : 'a chapter that was not asked for';
}

/** An unknown code, or a section neither chosen nor holding a chosen chapter. */
function sectionProblem(goods: Goods, code: string): string | null {
  if (!SECTIONS.has(code)) return 'unknown section';
  const asked =
    everyGood(goods) ||
    (goods.sectors ?? []).some((s) => s === code) ||
    (goods.chapters ?? []).some((c) => CHAPTER_SECTION[c] === code);
  return asked ? null : 'a section that was not asked for';
}

/** With one flow asked for, the other must be empty: zero in a sum, null in a series. */
function notAsked(asked: Flow | undefined, flow: Flow): boolean {
  return asked !== undefined && asked !== flow;
}

const NOT_ASKED = 'a flow that was not asked for';

/** Exports and imports of a sum: the value rule, and nothing of a flow not asked for. */
function flowSums(
  path: string,
  row: { exports: number; imports: number },
  flow: Flow | undefined,
): Mismatch[] {
  return [
    ...usd(`${path}.exports`, row.exports),
    ...usd(`${path}.imports`, row.imports),
    ...(notAsked(flow, 'export') && row.exports !== 0
      ? [at(`${path}.exports`, NOT_ASKED)]
      : []),
    ...(notAsked(flow, 'import') && row.imports !== 0
      ? [at(`${path}.imports`, NOT_ASKED)]
      : []),
  ];
}

// ---- totals and monthly ----------------------------------------------------

function totalsPeriod(
  path: string,
  period: PeriodTotals,
  asked: BorderQuery,
): Mismatch[] {
  const { exports, imports, turnover, balance } = period;
  return [
    ...echoes(path, period, asked),
    ...flowSums(path, period, asked.flow),
    ...usd(`${path}.turnover`, turnover),
    ...usd(`${path}.balance`, balance, true),
    ...(turnover === exports + imports
      ? []
      : [at(`${path}.turnover`, 'not exports + imports')]),
    ...(balance === exports - imports
      ? []
      : [at(`${path}.balance`, 'not exports - imports')]),
    ...provenance(`${path}.provenance`, period.provenance),
  ];
}

function monthlyPeriod(
  path: string,
  period: PeriodMonthly,
  asked: BorderQuery,
): Mismatch[] {
  const points = `${path}.points`;
  return [
    ...echoes(path, period, asked),
    ...seriesMonths(
      points,
      period.points.map((p) => p.month),
      asked,
    ),
    ...rows(points, period.points, (field, point) =>
      pointValues(field, point, asked.flow),
    ),
    ...provenance(`${path}.provenance`, period.provenance),
  ];
}

/** Exactly the months of the period, each once, in order. */
function seriesMonths(
  path: string,
  months: readonly Month[],
  period: Range,
): Mismatch[] {
  const field = (i: number) => `${path}[${String(i)}].month`;
  const listed = new Set(months);
  const missing: Month[] = [];
  for (const month of monthsInRange(period.from, period.to))
    if (!listed.has(month)) missing.push(month);
  return [
    ...months.flatMap((month, i) =>
      inRange(month, period) ? [] : [at(field(i), 'outside the period')],
    ),
    ...duplicates(path, months, '.month', 'duplicate month'),
    ...months.flatMap((month, i) =>
      i > 0 && month < (months[i - 1] ?? month)
        ? [at(field(i), 'out of order')]
        : [],
    ),
    ...problemAt(path, missingProblem(missing)),
  ];
}

function pointValues(
  field: string,
  point: MonthlyPointWire,
  flow: Flow | undefined,
): Mismatch[] {
  return [
    ...usd(`${field}.export`, point.export),
    ...usd(`${field}.import`, point.import),
    ...(notAsked(flow, 'export') && point.export !== null
      ? [at(`${field}.export`, NOT_ASKED)]
      : []),
    ...(notAsked(flow, 'import') && point.import !== null
      ? [at(`${field}.import`, NOT_ASKED)]
      : []),
  ];
}

// ---- by sector -------------------------------------------------------------

function bySectorPeriod(
  path: string,
  period: PeriodBySector,
  asked: BorderQuery,
  detail: SectorDetail,
): Mismatch[] {
  const sectors = `${path}.sectors`;
  return [
    ...echoes(path, period, asked),
    ...rows(sectors, period.sectors, (field, row) => [
      ...problemAt(`${field}.sector`, sectionProblem(asked, row.sector)),
      ...flowSums(field, row, asked.flow),
    ]),
    ...duplicates(
      sectors,
      period.sectors.map((s) => s.sector),
      '.sector',
      'duplicate section',
    ),
    ...chapterDetail(path, period, asked, detail),
    ...provenance(`${path}.provenance`, period.provenance),
  ];
}

/** No chapter rows unless asked for; when asked, each fits and sums to its section. */
function chapterDetail(
  path: string,
  period: PeriodBySector,
  asked: BorderQuery,
  detail: SectorDetail,
): Mismatch[] {
  const field = `${path}.chapters`;
  if (detail === 'sections')
    return period.chapters === null
      ? []
      : [at(field, 'chapters not asked for')];
  if (period.chapters === null) return [at(field, 'chapters missing')];
  const { chapters } = period;
  return [
    ...rows(field, chapters, (place, row) => [
      ...problemAt(`${place}.chapter`, chapterProblem(asked, row.chapter)),
      ...flowSums(place, row, asked.flow),
    ]),
    ...duplicates(
      field,
      chapters.map((c) => c.chapter),
      '.chapter',
      'duplicate chapter',
    ),
    ...sectionsSumChapters(path, period.sectors, chapters),
  ];
}

/** Each section is exactly the sum of its chapters, and every chapter's section is listed. */
function sectionsSumChapters(
  path: string,
  sectors: readonly SectorFlows[],
  chapters: readonly ChapterFlows[],
): Mismatch[] {
  const sums = new Map<string, { exports: number; imports: number }>();
  for (const row of chapters) {
    if (!isChapter(row.chapter)) continue;
    const section = CHAPTER_SECTION[row.chapter];
    const sum = sums.get(section) ?? { exports: 0, imports: 0 };
    sums.set(section, {
      exports: sum.exports + row.exports,
      imports: sum.imports + row.imports,
    });
  }
  const listed = new Set<string>(sectors.map((s) => s.sector));
  return [
    ...rows(`${path}.sectors`, sectors, (field, row) => {
      const sum = sums.get(row.sector);
      if (!sum) return [at(`${field}.sector`, 'none of its chapters listed')];
      return [
        ...(row.exports === sum.exports
          ? []
          : [at(`${field}.exports`, 'not the sum of its chapters')]),
        ...(row.imports === sum.imports
          ? []
          : [at(`${field}.imports`, 'not the sum of its chapters')]),
      ];
    }),
    ...rows(`${path}.chapters`, chapters, (field, row) =>
      isChapter(row.chapter) && !listed.has(CHAPTER_SECTION[row.chapter])
        ? [at(`${field}.chapter`, 'its section is not listed')]
        : [],
    ),
  ];
}

// ---- by pair ---------------------------------------------------------------

function aggregate(
  path: string,
  row: { exports: number; imports: number; provenance: Provenance },
  flow: Flow | undefined,
): Mismatch[] {
  return [
    ...flowSums(path, row, flow),
    ...provenance(`${path}.provenance`, row.provenance),
  ];
}

function byPairPeriod(
  path: string,
  period: PeriodByPair,
  asked: BorderQuery,
): Mismatch[] {
  const pairs = `${path}.pairs`;
  const regions = `${path}.regions`;
  const pairKz = new Set(period.pairs.map((p) => p.kz));
  const regionKz = new Set(period.regions.map((r) => r.kz));
  const missing = [...pairKz].filter((kz) => !regionKz.has(kz));
  return [
    ...echoes(path, period, asked),
    ...rows(pairs, period.pairs, (field, row) => [
      ...(row.pair === `${row.kz}~${row.ru}`
        ? []
        : [at(`${field}.pair`, 'not its kz~ru')]),
      ...aggregate(field, row, asked.flow),
    ]),
    ...duplicates(
      pairs,
      period.pairs.map((p) => p.pair),
      '.pair',
      'duplicate pair',
    ),
    ...rows(regions, period.regions, (field, row) => [
      ...(pairKz.has(row.kz)
        ? []
        : [at(`${field}.kz`, 'not the Kazakh side of a pair')]),
      ...aggregate(field, row, asked.flow),
    ]),
    ...duplicates(
      regions,
      period.regions.map((r) => r.kz),
      '.kz',
      'duplicate region',
    ),
    ...problemAt(regions, missingProblem(missing)),
    ...aggregate(`${path}.country`, period.country, asked.flow),
  ];
}

// ---- records ---------------------------------------------------------------

/** A page holds `limit` records, or what is left of `total` after `offset`. */
function pageSize(page: Page, answer: TradeRecordsResponse): Mismatch[] {
  const count = answer.records.length;
  if (count > page.limit) return [at('records', 'more records than the limit')];
  const expected = Math.min(
    page.limit,
    Math.max(0, answer.total - page.offset),
  );
  return count === expected
    ? []
    : [
        at(
          'records',
          `${String(count)} records, total and offset call for ${String(expected)}`,
        ),
      ];
}

/**
 * Whether a matrix cell code lies on a side of the view: a region side is
 * its own code; a country side (`KZ`, `RU`) is every cell of that country,
 * the rest of it (`KZ-OTHER`) included.
 */
function onSide(code: string, side: string): boolean {
  return isCountry(side) ? code.startsWith(`${side}-`) : code === side;
}

function recordProblems(
  field: string,
  record: TradeRecord,
  asked: TradeQuery,
): Mismatch[] {
  const { kz, ru } = splitPair(asked.pair);
  const { chapter, sector } = record;
  return [
    ...(inRange(record.month, asked)
      ? []
      : [at(`${field}.month`, 'outside the period')]),
    ...(onSide(record.kz, kz)
      ? []
      : [at(`${field}.kz`, 'not on the Kazakh side of the view')]),
    ...(onSide(record.ru, ru)
      ? []
      : [at(`${field}.ru`, 'not on the Russian side of the view')]),
    ...(notAsked(asked.flow, record.flow)
      ? [at(`${field}.flow`, NOT_ASKED)]
      : []),
    ...problemAt(`${field}.chapter`, chapterProblem(asked, chapter)),
    ...(isChapter(chapter) && CHAPTER_SECTION[chapter] !== sector
      ? [at(`${field}.sector`, 'not the section of its chapter')]
      : []),
    ...usd(`${field}.valueUsd`, record.valueUsd),
  ];
}
