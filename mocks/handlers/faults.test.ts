// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  getTradeByPair,
  getTradeBySector,
  getTradeMonthly,
  getTradeRecords,
  getTradeTotals,
} from '@/api/endpoints/get-trade';
import { AnswerMismatchError } from '@/api/errors';
import { apiErrorBodySchema } from '@/api/schemas/common';
import { tradeTotalsResponseSchema } from '@/api/schemas/trade';
import { server } from '../node';
import { faultHandlers, HUGE_BODY_CHARS, parseFaultSpec } from './faults';

const QUERY = { pair: 'KZ-63~RU-ALT', from: '2023-01', to: '2023-08' };
const TOTALS = `http://localhost/api/trade/totals?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08`;
const PAGE = { offset: 0, limit: 50 };

function failWith(spec: string): void {
  server.use(...faultHandlers(`?mock-fail=${spec}`));
}

async function statuses(url: string, times: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < times; i += 1) seen.push((await fetch(url)).status);
  return seen;
}

describe('parseFaultSpec', () => {
  it.each([
    ['trade:6', [{ target: 'trade', fault: '503', count: 6 }]],
    ['meta', [{ target: 'meta', fault: '503', count: Infinity }]],
    ['totals:502', [{ target: 'totals', fault: '502', count: Infinity }]],
    ['totals:503:1', [{ target: 'totals', fault: '503', count: 1 }]],
    ['monthly:hang:1', [{ target: 'monthly', fault: 'hang', count: 1 }]],
    ['totals:1e20', [{ target: 'totals', fault: '1e20', count: Infinity }]],
    ['records:foreign:2', [{ target: 'records', fault: 'foreign', count: 2 }]],
    ['trade:foreign', [{ target: 'trade', fault: 'foreign', count: Infinity }]],
    [
      'user-data:network:1, sectors:empty',
      [
        { target: 'user-data', fault: 'network', count: 1 },
        { target: 'sectors', fault: 'empty', count: Infinity },
      ],
    ],
    [
      'totals:404:1,totals:html:1',
      [
        { target: 'totals', fault: '404', count: 1 },
        { target: 'totals', fault: 'html', count: 1 },
      ],
    ],
  ])('reads %s', (spec, expected) => {
    expect(parseFaultSpec(`?lang=en&mock-fail=${spec}`)).toEqual(expected);
  });

  it.each([
    ['an unknown target', 'nothing:503'],
    ['an unknown fault', 'totals:teapot'],
    ['a malformed count', 'trade:x'],
    ['a zero count', 'meta:0'],
    ['a malformed count after a fault', 'totals:500:x'],
    ['too many parts', 'totals:404:1:2'],
    ['an answer fault of a catalogue', 'meta:duplicate'],
    ['an answer fault the endpoint has no such answer for', 'totals:foreign'],
    ['an empty entry', ''],
  ])('ignores %s', (_, spec) => {
    expect(parseFaultSpec(`?mock-fail=${spec}`)).toEqual([]);
    expect(faultHandlers(`?mock-fail=${spec}`)).toEqual([]);
  });

  it('ignores a search without mock-fail', () => {
    expect(faultHandlers('')).toEqual([]);
    expect(faultHandlers('?lang=en')).toEqual([]);
  });
});

describe('faultHandlers: counts', () => {
  it('fails the named resource the given number of times, then lets it through', async () => {
    failWith('meta:2');
    expect(await statuses('http://localhost/api/meta', 3)).toEqual([
      503, 503, 200,
    ]);
  });

  it('answers 503 once, then the real answer (`totals:503:1`)', async () => {
    failWith('totals:503:1');
    expect(await statuses(TOTALS, 2)).toEqual([503, 200]);
  });

  it('applies entries of the same target in turn, each for its count', async () => {
    failWith('totals:404:1,totals:500:2,totals:html:1');
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(TOTALS);
      seen.push(
        `${String(response.status)} ${response.headers.get('content-type') ?? ''}`,
      );
    }
    expect(seen.map((s) => s.replace(/;.*/, ''))).toEqual([
      '404 application/json',
      '500 application/json',
      '500 application/json',
      '200 text/html',
      '200 application/json',
    ]);
  });

  it('fails every trade endpoint for `trade`, and no catalogue', async () => {
    failWith('trade:500');
    for (const path of ['totals', 'monthly', 'by-sector', 'by-pair', 'records'])
      expect(
        (
          await fetch(
            `http://localhost/api/trade/${path}?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08`,
          )
        ).status,
      ).toBe(500);
    expect((await fetch('http://localhost/api/meta')).status).toBe(200);
  });

  it('counts POST and DELETE of user-data together', async () => {
    failWith('user-data:500:2');
    const post = await fetch('http://localhost/api/user-data', {
      method: 'POST',
    });
    const del = await fetch('http://localhost/api/user-data', {
      method: 'DELETE',
    });
    const again = await fetch('http://localhost/api/user-data', {
      method: 'DELETE',
    });
    expect([post.status, del.status, again.status]).toEqual([500, 500, 200]);
  });

  it('spares, and does not count, an endpoint without the answer fault (`trade:foreign:1` on totals)', async () => {
    failWith('trade:foreign:1');
    await expect(getTradeTotals(QUERY, false)).resolves.toBeDefined();
    await expect(getTradeRecords(QUERY, PAGE)).rejects.toBeInstanceOf(
      AnswerMismatchError,
    );
    await expect(getTradeRecords(QUERY, PAGE)).resolves.toBeDefined();
  });
});

describe('faultHandlers: transport faults', () => {
  it.each(['400', '404', '500', '503'])(
    'answers %s with the JSON error body',
    async (status) => {
      failWith(`totals:${status}`);
      const response = await fetch(TOTALS);
      expect(response.status).toBe(Number(status));
      expect(apiErrorBodySchema.safeParse(await response.json()).success).toBe(
        true,
      );
    },
  );

  it('answers 502 with an HTML body, as a proxy does', async () => {
    failWith('totals:502');
    const response = await fetch(TOTALS);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Bad Gateway');
  });

  it('fails the connection for `network`', async () => {
    failWith('totals:network');
    await expect(fetch(TOTALS)).rejects.toThrow(TypeError);
  });

  it('sends 200 and breaks the body off for `cut`', async () => {
    failWith('totals:cut');
    const response = await fetch(TOTALS);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('never answers for `hang`', async () => {
    failWith('totals:hang');
    const answered = fetch(TOTALS, { signal: AbortSignal.timeout(200) }).then(
      () => 'answered',
      () => 'still waiting',
    );
    expect(await answered).toBe('still waiting');
  });

  it.each([
    [
      'invalid-json',
      /^application\/json/,
      (text: string) => {
        expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
      },
    ],
    [
      'html',
      /^text\/html/,
      (text: string) => {
        expect(text).toMatch(/^<!doctype html>/);
      },
    ],
    [
      'empty',
      /^application\/json/,
      (text: string) => {
        expect(text).toBe('');
      },
    ],
    [
      'schema',
      /^application\/json/,
      (text: string) => {
        expect(
          tradeTotalsResponseSchema.safeParse(JSON.parse(text)).success,
        ).toBe(false);
      },
    ],
    [
      'huge',
      /^application\/json/,
      (text: string) => {
        expect(text.length).toBe(HUGE_BODY_CHARS);
        expect(JSON.parse(text)).toHaveProperty('padding');
      },
    ],
  ] as const)(
    'sends 200 with a body the client cannot use for `%s`',
    async (fault, type, check) => {
      failWith(`totals:${fault}`);
      const response = await fetch(TOTALS);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      check(await response.text());
    },
  );
});

describe('faultHandlers: answer faults, built from the real answer', () => {
  it('doubles every sum of totals for `duplicate`, consistently: the answer checks cannot see it', async () => {
    const real = await getTradeTotals(QUERY, false);
    failWith('totals:duplicate');
    const doubled = await getTradeTotals(QUERY, false);
    expect(doubled.current).toEqual({
      ...real.current,
      exports: real.current.exports * 2,
      imports: real.current.imports * 2,
      turnover: real.current.turnover * 2,
      balance: real.current.balance * 2,
    });
  });

  it('repeats a month of the monthly series for `duplicate`', async () => {
    failWith('monthly:duplicate');
    const response = await fetch(TOTALS.replace('totals', 'monthly'));
    const body = (await response.json()) as {
      current: { points: { month: string }[] };
    };
    const months = body.current.points.map((p) => p.month);
    expect(months.slice(0, 2)).toEqual(['2023-01', '2023-01']);
    expect(months).toHaveLength(9);
  });

  it('answers a year earlier than asked for `outside` on totals', async () => {
    failWith('totals:outside');
    const body = (await (await fetch(TOTALS)).json()) as {
      current: { from: string; to: string };
    };
    expect([body.current.from, body.current.to]).toEqual([
      '2022-01',
      '2022-08',
    ]);
  });

  it('sends another pair’s records for `foreign`', async () => {
    failWith('records:foreign');
    const response = await fetch(
      `${TOTALS.replace('totals', 'records')}&offset=0&limit=50`,
    );
    const body = (await response.json()) as {
      records: { kz: string; ru: string }[];
    };
    expect(body.records.length).toBeGreaterThan(0);
    expect(
      body.records.every((r) => r.kz === 'KZ-63' && r.ru === 'RU-ALT'),
    ).toBe(false);
  });

  it.each([
    ['totals', 'outside', () => getTradeTotals(QUERY, false)],
    ['totals', '1e20', () => getTradeTotals(QUERY, false)],
    ['totals', 'fractional', () => getTradeTotals(QUERY, false)],
    ['monthly', 'duplicate', () => getTradeMonthly(QUERY, false)],
    ['monthly', 'outside', () => getTradeMonthly(QUERY, false)],
    ['monthly', '1e20', () => getTradeMonthly(QUERY, false)],
    ['monthly', 'fractional', () => getTradeMonthly(QUERY, false)],
    [
      'by-sector',
      'duplicate',
      () => getTradeBySector(QUERY, false, 'sections'),
    ],
    ['by-sector', 'outside', () => getTradeBySector(QUERY, false, 'sections')],
    ['by-sector', '1e20', () => getTradeBySector(QUERY, false, 'sections')],
    [
      'by-sector',
      'fractional',
      () => getTradeBySector(QUERY, false, 'chapters'),
    ],
    ['by-pair', 'duplicate', () => getTradeByPair(QUERY, false)],
    ['by-pair', 'outside', () => getTradeByPair(QUERY, false)],
    ['by-pair', 'foreign', () => getTradeByPair(QUERY, false)],
    ['by-pair', '1e20', () => getTradeByPair(QUERY, false)],
    ['by-pair', 'fractional', () => getTradeByPair(QUERY, false)],
    ['records', 'duplicate', () => getTradeRecords(QUERY, PAGE)],
    ['records', 'outside', () => getTradeRecords(QUERY, PAGE)],
    ['records', 'foreign', () => getTradeRecords(QUERY, PAGE)],
    ['records', '1e20', () => getTradeRecords(QUERY, PAGE)],
    ['records', 'fractional', () => getTradeRecords(QUERY, PAGE)],
  ])('%s:%s is refused by the answer checks', async (target, fault, ask) => {
    await expect(ask()).resolves.toBeDefined();
    failWith(`${target}:${fault}:1`);
    await expect(ask()).rejects.toBeInstanceOf(AnswerMismatchError);
    await expect(ask()).resolves.toBeDefined();
  });
});
