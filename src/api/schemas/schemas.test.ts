import { describe, expect, it } from 'vitest';
import { monthSchema, pairIdSchema } from './common';
import { cooperationEventSchema } from './cooperation';
import { datasetMetaSchema } from './meta';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import { regionsResponseSchema } from './regions';
import {
  tradeQuerySchema,
  tradeRecordSchema,
  tradeRecordsResponseSchema,
  tradeTotalsResponseSchema,
} from './trade';

const record = {
  month: '2023-01',
  kz: 'KZ-63',
  ru: 'RU-ALT',
  flow: 'import',
  sector: 'XVI',
  chapter: '84',
  valueUsd: 1_000_000,
  synthetic: true,
  calibration: 'F02-reported',
};

describe('trade schemas', () => {
  it('accepts a well-formed record, including an unreported (null) value', () => {
    expect(tradeRecordSchema.parse(record).valueUsd).toBe(1_000_000);
    expect(
      tradeRecordSchema.parse({ ...record, valueUsd: null }).valueUsd,
    ).toBeNull();
  });

  it.each([
    ['a negative value', { valueUsd: -1 }, 'valueUsd'],
    ['an unknown sector', { sector: 'XXII' }, 'sector'],
    ['the reserved chapter 77', { chapter: '77' }, 'chapter'],
    ['a missing chapter', { chapter: undefined }, 'chapter'],
    ['an unknown flow', { flow: 'transit' }, 'flow'],
    ['a thirteenth month', { month: '2023-13' }, 'month'],
    ['a Russian code on the Kazakh side', { kz: 'RU-ALT' }, 'kz'],
    ['a missing synthetic flag', { synthetic: undefined }, 'synthetic'],
  ])('rejects %s and names the field', (_, patch, field) => {
    const result = tradeRecordSchema.safeParse({ ...record, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('rejects a response whose records are not a list', () => {
    expect(
      tradeRecordsResponseSchema.safeParse({
        records: {},
        total: 0,
        offset: 0,
        limit: 1,
      }).success,
    ).toBe(false);
  });

  it('accepts the rest-of-country cells as record rows and columns', () => {
    const parsed = tradeRecordSchema.safeParse({
      ...record,
      kz: 'KZ-OTHER',
      ru: 'RU-OTHER',
    });
    expect(parsed.success).toBe(true);
  });

  it('rejects totals whose comparison is missing rather than null', () => {
    const period = {
      from: '2023-01',
      to: '2023-08',
      exports: 1,
      imports: 2,
      turnover: 3,
      balance: -1,
      provenance: {
        synthetic: true,
        calibrations: [],
        reportedCells: 2,
        missingCells: 0,
      },
    };
    expect(
      tradeTotalsResponseSchema.safeParse({ current: period, previous: null })
        .success,
    ).toBe(true);
    const result = tradeTotalsResponseSchema.safeParse({ current: period });
    expect(result.error?.issues[0]?.path).toEqual(['previous']);
  });

  it('accepts a query range and refuses one that ends before it starts', () => {
    expect(
      tradeQuerySchema.safeParse({
        pair: 'KZ-63~RU-ALT',
        from: '2023-01',
        to: '2023-08',
      }).success,
    ).toBe(true);
    const reversed = tradeQuerySchema.safeParse({
      pair: 'KZ-63~RU-ALT',
      from: '2023-09',
      to: '2023-08',
    });
    expect(reversed.error?.issues[0]?.message).toBe(
      'from must not be after to',
    );
  });
});

describe('common schemas', () => {
  it.each(['2023-00', '23-01', '2023-1', '2023-01-01'])(
    'rejects the month %s',
    (value) => {
      expect(monthSchema.safeParse(value).success).toBe(false);
    },
  );
  it.each(['KZ-63~RU-ALT', 'KZ-15~RU', 'KZ~RU-OMS', 'KZ~RU'])(
    'accepts the view %s at its level',
    (value) => {
      expect(pairIdSchema.safeParse(value).success).toBe(true);
    },
  );
  it.each(['RU-ALT~KZ-63', 'KZ-63-RU-ALT', 'KZ-63~', 'KZ-OTHER~RU', 'RU~KZ'])(
    'rejects the pair %s',
    (value) => {
      expect(pairIdSchema.safeParse(value).success).toBe(false);
    },
  );
});

describe('regions and meta schemas', () => {
  it('requires names in all three languages', () => {
    const response = {
      regions: [
        {
          code: 'KZ-63',
          country: 'KZ',
          kind: 'region',
          name: { en: 'East Kazakhstan Region', ru: 'ВКО' },
          validFrom: null,
          formedFrom: null,
        },
      ],
      pairs: [],
    };
    const result = regionsResponseSchema.safeParse(response);
    expect(result.error?.issues[0]?.path).toEqual(['regions', 0, 'name', 'kk']);
  });

  it('rejects a reported figure without a valid source URL', () => {
    const result = datasetMetaSchema.safeParse({
      datasetId: 'x',
      version: '1',
      status: 'illustrative',
      coverage: { from: '2021-01', to: '2024-12' },
      reportedFigures: [
        {
          ...REPORTED_FIGURES[0],
          sourceUrl: 'not a url',
        },
      ],
      calibrations: [],
      assumptions: [],
      caveats: [],
      sources: [],
    });
    expect(result.error?.issues[0]?.path).toEqual([
      'reportedFigures',
      0,
      'sourceUrl',
    ]);
  });
});

describe('cooperation event schema', () => {
  const text = { en: 'x', ru: 'x', kk: 'x' };
  const event = {
    id: 'E13',
    date: '2023-11-09',
    precision: 'day',
    title: text,
    place: text,
    category: 'forum',
    areas: ['trade-fairs'],
    status: 'held',
    sourceUrl: 'https://www.gov.kz/',
    confidence: 'high',
    note: null,
    caveat: null,
  };

  it.each([
    ['2023-11-09', 'day'],
    ['2003-04', 'month'],
    ['2017', 'year'],
  ])('accepts %s with precision %s', (date, precision) => {
    expect(
      cooperationEventSchema.safeParse({ ...event, date, precision }).success,
    ).toBe(true);
  });

  it.each([
    ['a month given as a day', '2003-04', 'day'],
    ['a day given as a month', '2023-11-09', 'month'],
    ['an impossible month', '2023-13', 'month'],
    ['a free-text date', 'autumn 2026', 'month'],
  ])('rejects %s, naming the date', (_, date, precision) => {
    const result = cooperationEventSchema.safeParse({
      ...event,
      date,
      precision,
    });
    expect(result.error?.issues[0]?.path).toEqual(['date']);
  });

  it('rejects an unknown area', () => {
    const result = cooperationEventSchema.safeParse({
      ...event,
      areas: ['space'],
    });
    expect(result.error?.issues[0]?.path).toEqual(['areas', 0]);
  });
});
