import { Fragment, type ReactNode } from 'react';
import { PALETTE } from '@/lib/palette';
import type { ExportContext } from './export-context';

const FONT = 'system-ui, Segoe UI, Roboto, Arial, sans-serif';

/** Splits text at spaces into lines of at most `max` characters (SVG text does not wrap). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * About how many characters of the export font fit in `width` at `size`
 * (SVG text does not wrap, so lines are split by count; 0.6 em a character
 * errs wide for Latin and Cyrillic alike).
 */
function charsIn(width: number, size: number): number {
  return Math.floor(width / (size * 0.6));
}

function Text({
  x,
  y,
  size,
  weight = 400,
  anchor = 'start',
  fill = PALETTE.ink,
  children,
}: {
  x: number;
  y: number;
  size: number;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  children: string;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontFamily={FONT}
      fontSize={size}
      fontWeight={weight}
      fill={fill}
    >
      {children}
    </text>
  );
}

type Line = {
  text: string;
  size: number;
  weight: number;
  fill: string;
  /** Baseline, from the top of its block. */
  y: number;
};

/** Lines of text set one below the other, each paragraph wrapped to `width`. */
function setLines(
  paragraphs: readonly {
    text: string;
    size: number;
    weight?: number;
    fill?: string;
  }[],
  width: number,
): { lines: Line[]; height: number } {
  const lines: Line[] = [];
  let y = 0;
  for (const { text, size, weight = 400, fill = PALETTE.ink } of paragraphs)
    for (const line of wrapText(
      text,
      charsIn(width, weight > 400 ? size * 1.08 : size),
    )) {
      const lineHeight = Math.round(size * 1.4);
      lines.push({
        text: line,
        size,
        weight,
        fill,
        y: y + Math.round(size * 1.05),
      });
      y += lineHeight;
    }
  return { lines, height: y };
}

function Lines({ lines, top }: { lines: readonly Line[]; top: number }) {
  return lines.map((line, i) => (
    <Text
      key={`${String(i)}-${line.text}`}
      x={16}
      y={top + line.y}
      size={line.size}
      weight={line.weight}
      fill={line.fill}
    >
      {line.text}
    </Text>
  ));
}

/**
 * A standalone vector export, laid out like the PNG frame: the title and
 * filter lines above the body; a rule, then the data status, source and
 * date below it; on white, with every colour explicit (the light theme's)
 * so it opens the same in any vector editor and rasterises without CSS.
 */
export function SvgDocument({
  width,
  bodyHeight,
  title,
  context,
  children,
}: {
  width: number;
  bodyHeight: number;
  title: string;
  context: ExportContext;
  /** Drawn with its origin at the top of the body. */
  children: ReactNode;
}) {
  const inner = width - 32;
  const header = setLines(
    [
      { text: `${title} · ${context.title}`, size: 20, weight: 700 },
      ...context.filterLines.map((text) => ({
        text,
        size: 13,
        fill: PALETTE.muted,
      })),
    ],
    inner,
  );
  const footer = setLines(
    [
      { text: context.status, size: 12, weight: 700, fill: PALETTE.warn },
      { text: context.source, size: 12, fill: PALETTE.muted },
      { text: context.exportedOn, size: 12, fill: PALETTE.muted },
    ],
    inner,
  );
  const top = 16 + header.height + 12;
  const rule = top + bodyHeight + 16;
  const height = rule + 10 + footer.height + 16;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      // Inherited by what sets no font of its own, such as a chart's ticks.
      fontFamily={FONT}
    >
      <rect width="100%" height="100%" fill="#ffffff" />
      <Lines lines={header.lines} top={16} />
      <g transform={`translate(0 ${String(top)})`}>{children}</g>
      <line
        x1={16}
        x2={width - 16}
        y1={rule}
        y2={rule}
        stroke={PALETTE.ink}
        strokeWidth={2}
      />
      <Lines lines={footer.lines} top={rule + 10} />
    </svg>
  );
}

export type RankingRow = { label: string; value: string; share: number };

export const RANKING_ROW_HEIGHT = 26;

/** The sector ranking as vector marks: one labelled bar per row. */
export function RankingMarks({
  rows,
  width,
}: {
  rows: readonly RankingRow[];
  width: number;
}) {
  const maxShare = Math.max(...rows.map((r) => r.share), 0.0001);
  return (
    <>
      {rows.map((row, i) => {
        const y = i * RANKING_ROW_HEIGHT;
        return (
          <g key={row.label}>
            <Text x={16} y={y + 15} size={12}>
              {row.label}
            </Text>
            <rect
              x={400}
              y={y + 5}
              width={Math.max(1, (row.share / maxShare) * 360)}
              height={14}
              rx={3}
              fill={PALETTE.accent}
            />
            <Text x={width - 16} y={y + 15} size={12} anchor="end">
              {row.value}
            </Text>
          </g>
        );
      })}
    </>
  );
}

/** One entry of a legend: a swatch (or a dashed stroke) and its label. */
export type LegendEntry = { label: string; colour: string; dashed: boolean };

/**
 * A legend row drawn in SVG (Recharts draws its legend in HTML), centred in
 * `width`, `y` its baseline. It is one text whose swatches are glyphs in
 * their series' colours (a square, or a dashed stroke for a dashed series),
 * so the browser spaces the labels, which SVG cannot measure ahead of
 * drawing.
 */
export function LegendMarks({
  entries,
  y,
  width,
}: {
  entries: readonly LegendEntry[];
  y: number;
  width: number;
}) {
  return (
    <text
      x={width / 2}
      y={y}
      textAnchor="middle"
      fontFamily={FONT}
      fontSize={14}
      fill={PALETTE.ink}
    >
      {entries.map((entry, i) => (
        <Fragment key={entry.label}>
          <tspan dx={i === 0 ? 0 : 20} fill={entry.colour}>
            {entry.dashed ? '━ ━' : '■'}
          </tspan>
          <tspan>{` ${entry.label}`}</tspan>
        </Fragment>
      ))}
    </text>
  );
}
