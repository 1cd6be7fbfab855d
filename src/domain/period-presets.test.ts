import { describe, expect, it } from 'vitest';
import { periodPresets } from './period-presets';

const coverage = { from: '2021-01', to: '2024-12' };

describe('periodPresets', () => {
  it('anchors year to date, quarters, full year and last 12 months on the current end month', () => {
    const byId = Object.fromEntries(
      periodPresets('2023-08', coverage).map((p) => [p.id, [p.from, p.to]]),
    );
    expect(byId).toEqual({
      forum: ['2023-01', '2023-08'],
      ytd: ['2023-01', '2023-08'],
      q1: ['2023-01', '2023-03'],
      q2: ['2023-04', '2023-06'],
      q3: ['2023-07', '2023-09'],
      q4: ['2023-10', '2023-12'],
      year: ['2023-01', '2023-12'],
      last12: ['2022-09', '2023-08'],
    });
  });

  it('leaves out presets that reach outside the data', () => {
    const ids = periodPresets('2021-05', coverage).map((p) => p.id);
    expect(ids).not.toContain('last12');
    expect(ids).toContain('q4');
    expect(
      periodPresets('2023-08', { from: '2023-06', to: '2023-12' }).map(
        (p) => p.id,
      ),
    ).toEqual(['q3', 'q4']);
  });
});
