/**
 * The border strip as geometry, apart from drawing it, so that a map can
 * replace the schematic later without touching the view's behaviour.
 *
 * The border is a sequence of pairs, west to east. Each pair gets a slot
 * along the strip; a region's box spans the slots of all its pairs, so each
 * region appears once, and each pair's link runs across its slot from the
 * Russian box to the Kazakh one. Wide: Russia in a row above, Kazakhstan
 * below, west on the left. Compact (narrow screens): the strip turned a
 * quarter clockwise, west at the top, Kazakhstan on the left and Russia on
 * the right, so the drawing grows tall instead of wide.
 */

/** One border pair as the strip reads it; `turnover` in USD, null = not reported. */
export type StripPair = {
  /** `${kz}~${ru}` */
  pair: string;
  kz: string;
  ru: string;
  kzName: string;
  ruName: string;
  turnover: number | null;
  /** The regions touch at a single point rather than along a line. */
  pointContact: boolean;
};

export type StripSide = 'kz' | 'ru';
export type StripOrientation = 'horizontal' | 'vertical';

/** One line of a box's label, centred at (x, y). */
export type StripTextLine = { text: string; x: number; y: number };

export type StripRect = { x: number; y: number; width: number; height: number };

export type StripBox = StripRect & {
  code: string;
  /** The full name: the view puts it in a `<title>` when `abbreviated`. */
  name: string;
  side: StripSide;
  /** The name wrapped, and cut with `…` where it does not fit. */
  lines: StripTextLine[];
  abbreviated: boolean;
};

type StripLinkBase = {
  pair: string;
  kz: string;
  ru: string;
  /** Position along the border, 0 = westernmost. */
  index: number;
  turnover: number | null;
  strokeWidth: number;
  /** Not reported: a thin dashed line, never a zero-width one. */
  dashed: boolean;
  /** Where a tooltip points. */
  anchor: { x: number; y: number };
  /** The pair's slot between its boxes: the area that takes the pointer and shows focus. */
  hit: StripRect;
};

/** A pair touching along a line: a segment from the Russian box (x1, y1) to the Kazakh one (x2, y2). */
export type StripSegment = StripLinkBase & {
  kind: 'segment';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
};

/** A pair touching at one point: a dot between the boxes. */
export type StripPoint = StripLinkBase & {
  kind: 'point';
  cx: number;
  cy: number;
  r: number;
};

export type StripLink = StripSegment | StripPoint;

/** A step of the line-width legend: a turnover (USD) and the width drawn for it. */
export type StripLegendStep = { value: number; strokeWidth: number };

export type StripLabel = {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
};

export type StripLayout = {
  orientation: StripOrientation;
  /** The viewBox is `0 0 width height`. */
  width: number;
  height: number;
  boxes: StripBox[];
  /** One per pair, in border order. */
  links: StripLink[];
  /** The smallest and largest reported turnover; one step when they are equal, none when nothing is reported. */
  legend: StripLegendStep[];
  west: StripLabel;
  east: StripLabel;
};

/** Below this width the strip is drawn top to bottom. */
export const COMPACT_BELOW = 880;
export const DEFAULT_WIDTH = 1200;
const MIN_WIDTH = 280;

export const MIN_STROKE = 2;
export const MAX_STROKE = 18;
export const MISSING_STROKE = 1.5;
const POINT_RADIUS = 5;

const MARGIN = 8;
const LABEL_BAND = 24;
/** Box labels are drawn at 12px; an average glyph, Cyrillic included, is about 7px wide. */
const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 14;
const TEXT_PAD = 6;
const BOX_GAP = 2;
/** Wide: boxes fit three lines; the gap holds the links. */
const ROW_HEIGHT = 3 * LINE_HEIGHT + 10;
const ROW_GAP = 64;
/** A slot must fit the widest line plus room either side. */
const MIN_SLOT = MAX_STROKE + 12;
/** Compact: each pair's slot is this tall; the gap between the columns holds the links. */
const SLOT_HEIGHT = 40;
const COLUMN_GAP = 56;

/**
 * Line width for a turnover on a square-root scale (area-like, so one large
 * pair does not flatten all others) from MIN_STROKE at zero to MAX_STROKE at
 * `max`. Null (not reported) gets MISSING_STROKE, drawn dashed.
 */
export function strokeFor(turnover: number | null, max: number): number {
  if (turnover === null) return MISSING_STROKE;
  if (max <= 0) return MIN_STROKE;
  const ratio = Math.min(1, Math.max(0, turnover) / max);
  return MIN_STROKE + (MAX_STROKE - MIN_STROKE) * Math.sqrt(ratio);
}

type Region = {
  code: string;
  name: string;
  side: StripSide;
  first: number;
  last: number;
};

/**
 * Each region once, in order of first appearance. Along a line border a
 * region's pairs follow one another; a region that comes back after another
 * one breaks that, and its box could not span its pairs, so that throws.
 */
function regionsOf(pairs: readonly StripPair[]): Region[] {
  const regions: Region[] = [];
  const seen = new Map<string, Region>();
  const latest: Partial<Record<StripSide, Region>> = {};
  pairs.forEach((p, index) => {
    for (const side of ['ru', 'kz'] as const) {
      const code = p[side];
      const known = seen.get(`${side}:${code}`);
      if (known) {
        if (latest[side] !== known)
          throw new Error(
            `borderLayout: ${code} returns to the border at ${p.pair} after another region`,
          );
        known.last = index;
        continue;
      }
      const region: Region = {
        code,
        name: side === 'kz' ? p.kzName : p.ruName,
        side,
        first: index,
        last: index,
      };
      regions.push(region);
      seen.set(`${side}:${code}`, region);
      latest[side] = region;
    }
  });
  return regions;
}

/** Breaks after spaces and hyphens: `Западно-` / `Казахстанская` / `область`. */
function tokens(name: string): string[] {
  return name.match(/[^\s-]+-*|-+/g) ?? [];
}

function cut(text: string, maxChars: number): string {
  return text.length <= maxChars
    ? text
    : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** The name in at most `maxLines` lines of `maxChars`, cut with `…` where it overflows. */
export function wrapName(
  name: string,
  maxChars: number,
  maxLines: number,
): { lines: string[]; abbreviated: boolean } {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(name)) {
    const joined =
      line === ''
        ? token
        : line.endsWith('-')
          ? line + token
          : `${line} ${token}`;
    if (joined.length <= maxChars || line === '') {
      line = joined;
      continue;
    }
    lines.push(line);
    line = token;
  }
  if (line !== '') lines.push(line);
  const shown = lines
    .slice(0, Math.max(1, maxLines))
    .map((l) => cut(l, maxChars));
  const last = shown.length - 1;
  const tail = shown[last];
  if (lines.length > shown.length && tail !== undefined && !tail.endsWith('…'))
    shown[last] =
      tail.length < maxChars ? `${tail}…` : cut(`${tail}…`, maxChars);
  const abbreviated = shown.some((l) => l.endsWith('…'));
  return { lines: shown, abbreviated };
}

function boxOf(region: Region, rect: StripRect): StripBox {
  const maxChars = Math.max(
    1,
    Math.floor((rect.width - 2 * TEXT_PAD) / CHAR_WIDTH),
  );
  const maxLines = Math.max(
    1,
    Math.floor((rect.height - TEXT_PAD) / LINE_HEIGHT),
  );
  const wrapped = wrapName(region.name, maxChars, maxLines);
  const cx = rect.x + rect.width / 2;
  const top =
    rect.y + rect.height / 2 - ((wrapped.lines.length - 1) * LINE_HEIGHT) / 2;
  return {
    code: region.code,
    name: region.name,
    side: region.side,
    ...rect,
    lines: wrapped.lines.map((text, i) => ({
      text,
      x: cx,
      y: top + i * LINE_HEIGHT,
    })),
    abbreviated: wrapped.abbreviated,
  };
}

/** The width a region's label asks for: its longest word, padded. */
function labelNeed(region: Region): number {
  const longest = Math.max(0, ...tokens(region.name).map((t) => t.length));
  return longest * CHAR_WIDTH + 2 * TEXT_PAD + 2 * BOX_GAP;
}

/**
 * Slot widths for the wide strip: each slot asks for what its regions'
 * longest words need, shared across the slots a region spans; the requests
 * are then scaled to fill the width (names are cut only when even that
 * falls short).
 */
function slotWidths(
  pairs: readonly StripPair[],
  regions: readonly Region[],
  available: number,
): number[] {
  const byKey = new Map(regions.map((r) => [`${r.side}:${r.code}`, r]));
  const need = pairs.map((p) =>
    Math.max(
      MIN_SLOT,
      ...(['ru', 'kz'] as const).map((side) => {
        const region = byKey.get(`${side}:${p[side]}`);
        return region
          ? labelNeed(region) / (region.last - region.first + 1)
          : MIN_SLOT;
      }),
    ),
  );
  const total = need.reduce((a, b) => a + b, 0);
  return need.map((n) => (n * available) / total);
}

function linkOf(
  p: StripPair,
  index: number,
  strokeWidth: number,
  ends: { x1: number; y1: number; x2: number; y2: number },
  hit: StripRect,
): StripLink {
  const anchor = { x: (ends.x1 + ends.x2) / 2, y: (ends.y1 + ends.y2) / 2 };
  const base = {
    pair: p.pair,
    kz: p.kz,
    ru: p.ru,
    index,
    turnover: p.turnover,
    strokeWidth,
    dashed: p.turnover === null,
    anchor,
    hit,
  };
  return p.pointContact
    ? { ...base, kind: 'point', cx: anchor.x, cy: anchor.y, r: POINT_RADIUS }
    : { ...base, kind: 'segment', ...ends };
}

/**
 * Lays the pairs (west to east) out in a viewBox `options.width` wide
 * (default DEFAULT_WIDTH; at least 280). Below COMPACT_BELOW the strip runs
 * top to bottom. Stroke widths follow `strokeFor` against the largest
 * reported turnover. Throws when a region's pairs are not consecutive.
 */
export function borderLayout(
  pairs: readonly StripPair[],
  options: { width?: number } = {},
): StripLayout {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const orientation: StripOrientation =
    width < COMPACT_BELOW ? 'vertical' : 'horizontal';
  const regions = regionsOf(pairs);
  const reported = pairs.flatMap((p) =>
    p.turnover === null ? [] : [p.turnover],
  );
  const max = Math.max(0, ...reported);
  const strokes = pairs.map((p) => strokeFor(p.turnover, max));
  const legend: StripLegendStep[] =
    reported.length === 0
      ? []
      : [...new Set([Math.min(...reported), max])].map((value) => ({
          value,
          strokeWidth: strokeFor(value, max),
        }));

  if (orientation === 'horizontal') {
    const slots = slotWidths(pairs, regions, width - 2 * MARGIN);
    const starts = slots.map((_, i) =>
      slots.slice(0, i).reduce((a, b) => a + b, MARGIN),
    );
    const start = (i: number) => starts[i] ?? MARGIN;
    const end = (i: number) => start(i) + (slots[i] ?? 0);
    const ruY = LABEL_BAND;
    const kzY = ruY + ROW_HEIGHT + ROW_GAP;
    const boxes = regions.map((r) =>
      boxOf(r, {
        x: start(r.first) + BOX_GAP,
        y: r.side === 'ru' ? ruY : kzY,
        width: end(r.last) - start(r.first) - 2 * BOX_GAP,
        height: ROW_HEIGHT,
      }),
    );
    const links = pairs.map((p, i) => {
      const x = (start(i) + end(i)) / 2;
      return linkOf(
        p,
        i,
        strokes[i] ?? MIN_STROKE,
        { x1: x, y1: ruY + ROW_HEIGHT, x2: x, y2: kzY },
        {
          x: start(i),
          y: ruY + ROW_HEIGHT,
          width: slots[i] ?? 0,
          height: ROW_GAP,
        },
      );
    });
    return {
      orientation,
      width,
      height: kzY + ROW_HEIGHT + MARGIN,
      boxes,
      links,
      legend,
      west: { x: MARGIN, y: LABEL_BAND / 2, anchor: 'start' },
      east: { x: width - MARGIN, y: LABEL_BAND / 2, anchor: 'end' },
    };
  }

  const column = (width - 2 * MARGIN - COLUMN_GAP) / 2;
  const kzX = MARGIN;
  const ruX = MARGIN + column + COLUMN_GAP;
  const top = LABEL_BAND;
  const height = top + pairs.length * SLOT_HEIGHT + LABEL_BAND;
  const boxes = regions.map((r) =>
    boxOf(r, {
      x: r.side === 'kz' ? kzX : ruX,
      y: top + r.first * SLOT_HEIGHT + BOX_GAP,
      width: column,
      height: (r.last - r.first + 1) * SLOT_HEIGHT - 2 * BOX_GAP,
    }),
  );
  const links = pairs.map((p, i) => {
    const y = top + (i + 0.5) * SLOT_HEIGHT;
    return linkOf(
      p,
      i,
      strokes[i] ?? MIN_STROKE,
      { x1: ruX, y1: y, x2: kzX + column, y2: y },
      {
        x: kzX + column,
        y: top + i * SLOT_HEIGHT,
        width: COLUMN_GAP,
        height: SLOT_HEIGHT,
      },
    );
  });
  return {
    orientation,
    width,
    height,
    boxes,
    links,
    legend,
    west: { x: width / 2, y: LABEL_BAND / 2, anchor: 'middle' },
    east: { x: width / 2, y: height - LABEL_BAND / 2, anchor: 'middle' },
  };
}
