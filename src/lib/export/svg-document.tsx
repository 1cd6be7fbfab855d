import type { ReactNode } from 'react';
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

function Text({
  x,
  y,
  size,
  weight = 400,
  anchor = 'start',
  children,
}: {
  x: number;
  y: number;
  size: number;
  weight?: number;
  anchor?: 'start' | 'end';
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
      fill={PALETTE.ink}
    >
      {children}
    </text>
  );
}

/**
 * A standalone vector export: title and filter lines above the body, the
 * data status, source and date below it, on white, with every colour
 * explicit so it opens the same in any vector editor.
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
  const lines = [`${title} · ${context.title}`, ...context.filterLines];
  const top = 24 + lines.length * 18;
  const footer = [
    context.status,
    ...wrapText(context.source, Math.floor((width - 32) / 7.5)),
    context.exportedOn,
  ];
  const height = top + bodyHeight + 16 + footer.length * 16;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
    >
      <rect width="100%" height="100%" fill="#ffffff" />
      {lines.map((line, i) => (
        <Text
          key={line}
          x={16}
          y={22 + i * 18}
          size={i === 0 ? 16 : 12}
          weight={i === 0 ? 700 : 400}
        >
          {line}
        </Text>
      ))}
      <g transform={`translate(0 ${String(top)})`}>{children}</g>
      {footer.map((line, i) => (
        <Text
          key={`${String(i)}-${line}`}
          x={16}
          y={top + bodyHeight + 20 + i * 16}
          size={11}
        >
          {line}
        </Text>
      ))}
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

/** A legend row drawn in SVG (Recharts draws its legend in HTML). */
export function LegendMarks({
  entries,
  y,
}: {
  entries: readonly LegendEntry[];
  y: number;
}) {
  // Each entry starts where the previous label ends (about 7 px a character).
  const starts = entries.map((_, i) =>
    entries
      .slice(0, i)
      .reduce((x, entry) => x + 28 + entry.label.length * 7, 16),
  );
  return (
    <>
      {entries.map((entry, i) => {
        const at = starts[i] ?? 16;
        return (
          <g key={entry.label}>
            {entry.dashed ? (
              <line
                x1={at}
                x2={at + 12}
                y1={y + 6}
                y2={y + 6}
                stroke={entry.colour}
                strokeWidth={2}
                strokeDasharray="4 2"
              />
            ) : (
              <rect x={at} y={y} width={12} height={12} fill={entry.colour} />
            )}
            <Text x={at + 16} y={y + 10} size={12}>
              {entry.label}
            </Text>
          </g>
        );
      })}
    </>
  );
}
