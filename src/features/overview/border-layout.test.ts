import { describe, expect, it } from 'vitest';
import {
  borderLayout,
  COMPACT_BELOW,
  MAX_STROKE,
  MIN_STROKE,
  MISSING_STROKE,
  type StripBox,
  type StripLayout,
  strokeFor,
  wrapName,
} from './border-layout';
import { STRIP_PAIRS } from '@/test/border-pairs';

const PAIRS = STRIP_PAIRS;

const SAMARA = 'KZ-27~RU-SAM';
const WITH_POINT = PAIRS.map((p) =>
  p.pair === SAMARA ? { ...p, pointContact: true } : p,
);

const WIDTHS = [360, 600, COMPACT_BELOW, 1200, 1600];

const box = (layout: StripLayout, side: 'kz' | 'ru', code: string) => {
  const found = layout.boxes.find((b) => b.side === side && b.code === code);
  if (!found) throw new Error(`no box ${side}:${code}`);
  return found;
};
const codes = (layout: StripLayout, side: 'kz' | 'ru') =>
  layout.boxes.filter((b) => b.side === side).map((b) => b.code);
const contains = (b: StripBox, x: number, y: number) =>
  x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

describe('borderLayout', () => {
  it.each(WIDTHS)(
    'keeps border order and draws each region once at width %i',
    (width) => {
      const layout = borderLayout(PAIRS, { width });
      expect(codes(layout, 'ru')).toEqual([
        'RU-AST',
        'RU-VGG',
        'RU-SAR',
        'RU-SAM',
        'RU-ORE',
        'RU-CHE',
        'RU-KGN',
        'RU-TYU',
        'RU-OMS',
        'RU-NVS',
        'RU-ALT',
        'RU-AL',
      ]);
      expect(codes(layout, 'kz')).toEqual([
        'KZ-23',
        'KZ-27',
        'KZ-15',
        'KZ-39',
        'KZ-59',
        'KZ-55',
        'KZ-10',
        'KZ-63',
      ]);
      expect(layout.links.map((l) => l.pair)).toEqual(PAIRS.map((p) => p.pair));
      expect(layout.links.map((l) => l.index)).toEqual(PAIRS.map((_, i) => i));
    },
  );

  it('runs west to east: left to right when wide, top to bottom when narrow', () => {
    const wide = borderLayout(PAIRS, { width: 1200 });
    const narrow = borderLayout(PAIRS, { width: 360 });
    expect(wide.orientation).toBe('horizontal');
    expect(narrow.orientation).toBe('vertical');
    const along = (layout: StripLayout, axis: 'x' | 'y') =>
      layout.links.map((l) => l.anchor[axis]);
    const ascending = (values: number[]) =>
      values.every((v, i) => i === 0 || v > (values[i - 1] ?? -Infinity));
    expect(ascending(along(wide, 'x'))).toBe(true);
    expect(ascending(along(narrow, 'y'))).toBe(true);
    // Russia above (wide) or right (narrow) of Kazakhstan.
    expect(box(wide, 'ru', 'RU-AST').y).toBeLessThan(
      box(wide, 'kz', 'KZ-23').y,
    );
    expect(box(narrow, 'ru', 'RU-AST').x).toBeGreaterThan(
      box(narrow, 'kz', 'KZ-23').x,
    );
  });

  it('spans a region over all its pairs: West Kazakhstan below five, Orenburg above three', () => {
    const layout = borderLayout(PAIRS);
    const wk = box(layout, 'kz', 'KZ-27');
    const ore = box(layout, 'ru', 'RU-ORE');
    const under = (b: StripBox, x: number) => x > b.x && x < b.x + b.width;
    const linksOf = (code: string) =>
      layout.links.filter((l) => l.kz === code || l.ru === code);
    expect(linksOf('KZ-27').map((l) => l.ru)).toEqual([
      'RU-AST',
      'RU-VGG',
      'RU-SAR',
      'RU-SAM',
      'RU-ORE',
    ]);
    expect(linksOf('KZ-27').every((l) => under(wk, l.anchor.x))).toBe(true);
    expect(linksOf('RU-ORE').map((l) => l.kz)).toEqual([
      'KZ-27',
      'KZ-15',
      'KZ-39',
    ]);
    expect(linksOf('RU-ORE').every((l) => under(ore, l.anchor.x))).toBe(true);
  });

  it.each(WIDTHS)(
    'connects every pair’s link to its two boxes at width %i',
    (width) => {
      const layout = borderLayout(WITH_POINT, { width });
      for (const link of layout.links) {
        const ru = box(layout, 'ru', link.ru);
        const kz = box(layout, 'kz', link.kz);
        if (link.kind === 'segment') {
          expect(contains(ru, link.x1, link.y1)).toBe(true);
          expect(contains(kz, link.x2, link.y2)).toBe(true);
        } else {
          // The point sits in the gap, level with both boxes.
          const axis = layout.orientation === 'horizontal' ? 'x' : 'y';
          const size = axis === 'x' ? 'width' : 'height';
          const value = axis === 'x' ? link.cx : link.cy;
          for (const b of [ru, kz]) {
            expect(value).toBeGreaterThanOrEqual(b[axis]);
            expect(value).toBeLessThanOrEqual(b[axis] + b[size]);
          }
        }
      }
    },
  );

  it('draws the pair marked as point contact as a point, all others as segments', () => {
    const layout = borderLayout(WITH_POINT);
    const kinds = layout.links.map((l) => [l.pair, l.kind]);
    expect(kinds.filter(([, kind]) => kind === 'point')).toEqual([
      [SAMARA, 'point'],
    ]);
    expect(borderLayout(PAIRS).links.every((l) => l.kind === 'segment')).toBe(
      true,
    );
  });

  it('widens lines with turnover on a square-root scale; unreported pairs are thin and dashed', () => {
    const layout = borderLayout(PAIRS);
    const reported = layout.links
      .filter((l) => l.turnover !== null)
      .sort((a, b) => (a.turnover ?? 0) - (b.turnover ?? 0));
    for (let i = 1; i < reported.length; i++) {
      expect(reported[i]?.strokeWidth).toBeGreaterThanOrEqual(
        reported[i - 1]?.strokeWidth ?? Infinity,
      );
    }
    const top = layout.links.find((l) => l.pair === 'KZ-63~RU-ALT');
    expect(top?.strokeWidth).toBe(MAX_STROKE);
    const abai = layout.links.find((l) => l.pair === 'KZ-10~RU-ALT');
    expect(abai).toMatchObject({ dashed: true, strokeWidth: MISSING_STROKE });
    expect(layout.links.filter((l) => l.dashed)).toHaveLength(1);
  });

  it.each<[string, number | null, number, number]>([
    ['null is the missing width', null, 100, MISSING_STROKE],
    ['zero is the thinnest', 0, 100, MIN_STROKE],
    ['the largest is the widest', 100, 100, MAX_STROKE],
    [
      'a quarter of the largest is half way',
      25,
      100,
      (MIN_STROKE + MAX_STROKE) / 2,
    ],
    ['nothing above zero reported', 0, 0, MIN_STROKE],
  ])('strokeFor: %s', (_, turnover, max, expected) => {
    expect(strokeFor(turnover, max)).toBeCloseTo(expected);
  });

  it('puts the smallest and largest reported turnover in the legend', () => {
    expect(borderLayout(PAIRS).legend).toEqual([
      { value: 12e6, strokeWidth: strokeFor(12e6, 927e6) },
      { value: 927e6, strokeWidth: MAX_STROKE },
    ]);
    const none = PAIRS.map((p) => ({ ...p, turnover: null }));
    expect(borderLayout(none).legend).toEqual([]);
    expect(
      borderLayout(none).links.every((l) => l.strokeWidth === MISSING_STROKE),
    ).toBe(true);
  });

  it.each(WIDTHS)(
    'keeps everything inside the viewBox at width %i',
    (width) => {
      const layout = borderLayout(WITH_POINT, { width });
      expect(layout.width).toBe(width);
      const inside = (x: number, y: number) => {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(layout.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(layout.height);
      };
      for (const b of layout.boxes) {
        inside(b.x, b.y);
        inside(b.x + b.width, b.y + b.height);
        for (const line of b.lines) inside(line.x, line.y);
      }
      for (const l of layout.links) {
        const half = l.strokeWidth / 2;
        if (l.kind === 'segment') {
          inside(l.x1 - half, l.y1 - half);
          inside(l.x2 + half, l.y2 + half);
        } else {
          inside(l.cx - l.r, l.cy - l.r);
          inside(l.cx + l.r, l.cy + l.r);
        }
        inside(l.hit.x, l.hit.y);
        inside(l.hit.x + l.hit.width, l.hit.y + l.hit.height);
      }
      inside(layout.west.x, layout.west.y);
      inside(layout.east.x, layout.east.y);
    },
  );

  it('does not overlap boxes on one side', () => {
    for (const width of WIDTHS) {
      const layout = borderLayout(PAIRS, { width });
      for (const side of ['kz', 'ru'] as const) {
        const row = layout.boxes.filter((b) => b.side === side);
        const axis = layout.orientation === 'horizontal' ? 'x' : 'y';
        const size = axis === 'x' ? 'width' : 'height';
        row.slice(1).forEach((b, i) => {
          const before = row[i];
          if (!before) return;
          expect(b[axis]).toBeGreaterThanOrEqual(before[axis] + before[size]);
        });
      }
    }
  });

  it('fits labels in their boxes, cutting names with an ellipsis and flagging them', () => {
    for (const width of WIDTHS) {
      for (const b of borderLayout(PAIRS, { width }).boxes) {
        for (const line of b.lines)
          expect(line.text.length * 7).toBeLessThanOrEqual(b.width);
        expect(b.abbreviated).toBe(b.lines.some((l) => l.text.endsWith('…')));
      }
    }
    // Wide enough, every name is shown whole.
    expect(
      borderLayout(PAIRS, { width: 1200 }).boxes.some((b) => b.abbreviated),
    ).toBe(false);
  });

  it('lays out nothing for no pairs, and never narrower than 280', () => {
    const layout = borderLayout([], { width: 100 });
    expect(layout).toMatchObject({
      boxes: [],
      links: [],
      legend: [],
      width: 280,
    });
  });

  it('refuses a region that comes back to the border after another one', () => {
    const [first, second] = PAIRS;
    if (!first || !second) throw new Error('fixture');
    expect(() => borderLayout([first, second, first])).toThrow(/KZ-23/);
  });
});

describe('wrapName', () => {
  it.each<[string, string, number, number, string[], boolean]>([
    [
      'fits on one line',
      'North Kazakhstan Region',
      30,
      2,
      ['North Kazakhstan Region'],
      false,
    ],
    [
      'wraps at spaces',
      'North Kazakhstan Region',
      16,
      3,
      ['North Kazakhstan', 'Region'],
      false,
    ],
    [
      'breaks after a hyphen',
      'Западно-Казахстанская область',
      14,
      3,
      ['Западно-', 'Казахстанская', 'область'],
      false,
    ],
    [
      'cuts the last line it keeps',
      'North Kazakhstan Region',
      16,
      1,
      ['North Kazakhsta…'],
      true,
    ],
    [
      'cuts a word longer than a line',
      'Novosibirsk Oblast',
      6,
      2,
      ['Novos…', 'Oblast'],
      true,
    ],
  ])('%s', (_, name, maxChars, maxLines, lines, abbreviated) => {
    expect(wrapName(name, maxChars, maxLines)).toEqual({ lines, abbreviated });
  });
});
