import { afterEach, describe, expect, it } from 'vitest';
import { noticeActions, readIgnoredParams } from './notices';
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
