import { afterEach, describe, expect, it } from 'vitest';
import {
  groupIgnored,
  NOTICE_SAMPLE,
  noticeActions,
  readIgnoredParams,
  shownValue,
} from './notices';
import type { IgnoredParam } from './url-codec';

const invalid = (
  param: IgnoredParam['param'],
  value: string,
): IgnoredParam => ({
  param,
  value,
  reason: 'invalid',
});

afterEach(() => {
  noticeActions.dismiss();
});

describe('groupIgnored', () => {
  it('gives each parameter one notice, its reasons apart, naming the first few values', () => {
    const items: IgnoredParam[] = [
      invalid('chapters', 'ab'),
      ...['A', 'B', 'C', 'D', 'E'].map((v) => invalid('sectors', v)),
      { param: 'chapters', value: '76', reason: 'redundant' },
      invalid('chapters', 'cd'),
    ];
    expect(groupIgnored(items)).toEqual([
      {
        param: 'chapters',
        reasons: [
          { reason: 'invalid', count: 2, values: ['ab', 'cd'] },
          { reason: 'redundant', count: 1, values: ['76'] },
        ],
      },
      {
        param: 'sectors',
        reasons: [
          {
            reason: 'invalid',
            count: 5,
            values: ['A', 'B', 'C'].slice(0, NOTICE_SAMPLE),
          },
        ],
      },
    ]);
    expect(groupIgnored([])).toEqual([]);
  });
});

describe('shownValue', () => {
  it.each([
    ['', ''],
    ['XXX', 'XXX'],
    ['x'.repeat(40), 'x'.repeat(40)],
    ['x'.repeat(41), `${'x'.repeat(40)}…`],
    // Code points, not UTF-16 units: no emoji is cut in half.
    ['💥'.repeat(41), `${'💥'.repeat(40)}…`],
  ])('shows %j as %j', (value, shown) => {
    expect(shownValue(value)).toBe(shown);
  });
});

describe('noticeActions.addIgnored', () => {
  it('reports a value once, however often a link or a re-render gives it', () => {
    noticeActions.addIgnored([invalid('flow', 'up'), invalid('flow', 'up')]);
    noticeActions.addIgnored([invalid('flow', 'up'), invalid('flow', 'down')]);
    expect(readIgnoredParams()).toEqual([
      invalid('flow', 'up'),
      invalid('flow', 'down'),
    ]);
  });

  it('takes a hundred thousand values of one link at once, twice, without stalling', () => {
    // Found while checking `?sectors=` with thousands of codes: the old
    // duplicate check compared every report with every other one.
    const items = Array.from({ length: 100_000 }, (_, i) =>
      invalid('sectors', String(i)),
    );
    const started = performance.now();
    noticeActions.addIgnored(items);
    noticeActions.addIgnored(items);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(readIgnoredParams()).toHaveLength(100_000);
  });
});
