import {
  type KeyboardEvent,
  type ReactNode,
  type RefCallback,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import {
  borderLayout,
  MISSING_STROKE,
  type StripLayout,
  type StripLink,
  type StripPair,
} from './border-layout';
import { PALETTE } from '@/lib/palette';
import { stripSummary, stripSummaryParams } from './border-strip-summary';
import './border-strip.css';

/**
 * The border from the Caspian to the Altai as a schematic strip: Russian
 * regions on one side, Kazakh on the other, one link per pair, thicker for
 * more trade. The pairs are one tab stop; the arrow keys move along the
 * border and Enter, Space or a click opens a pair.
 */
export function BorderStrip({
  pairs,
  onOpen,
  formatValue,
}: {
  pairs: readonly StripPair[];
  onOpen: (pair: string) => void;
  formatValue: (usd: number) => string;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const titleId = useId();
  const [canvasRef, measured] = useContainerWidth();
  const layout = useMemo(
    () => borderLayout(pairs, measured === null ? {} : { width: measured }),
    [pairs, measured],
  );
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const items = useRef<(SVGGElement | null)[]>([]);

  const pairName = (p: StripPair) =>
    t('overview.strip.pair', {
      kz: p.kzName,
      ru: p.ruName,
      value:
        p.turnover === null
          ? t('overview.strip.no-value')
          : formatValue(p.turnover),
    });
  const stop = Math.min(active, pairs.length - 1);
  const shown = hovered ?? focused;
  const shownPair = shown === null ? undefined : pairs[shown];
  const shownLink = shown === null ? undefined : layout.links[shown];

  const move = (to: number) => {
    const target = Math.max(0, Math.min(pairs.length - 1, to));
    setActive(target);
    items.current[target]?.focus();
  };
  const onKeyDown = (index: number, pair: string) => (e: KeyboardEvent) => {
    const to = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: pairs.length - 1,
    }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      move(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      // Space would scroll the page.
      e.preventDefault();
      onOpen(pair);
    }
  };

  const summary = stripSummary(pairs);
  const nothing = t('overview.strip.no-value');
  const [low, high] = layout.legend;

  return (
    <div className="border-strip">
      <p className="border-strip-hint">{t('overview.strip.hint')}</p>
      <div className="border-strip-canvas" ref={canvasRef}>
        <svg
          className="border-strip-svg"
          viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
          role="group"
          aria-labelledby={titleId}
          data-orientation={layout.orientation}
        >
          <title id={titleId}>{t('overview.strip.title')}</title>
          <text
            className="border-strip-end"
            x={layout.west.x}
            y={layout.west.y}
            textAnchor={layout.west.anchor}
            dominantBaseline="middle"
          >
            {t('overview.strip.west')}
          </text>
          <text
            className="border-strip-end"
            x={layout.east.x}
            y={layout.east.y}
            textAnchor={layout.east.anchor}
            dominantBaseline="middle"
          >
            {t('overview.strip.east')}
          </text>
          {/* The pairs name both regions; the boxes are for the eye. */}
          <g aria-hidden="true">
            {layout.boxes.map((b) => (
              <g
                key={`${b.side}:${b.code}`}
                className={`border-strip-box border-strip-box-${b.side}${
                  shownPair?.[b.side] === b.code
                    ? ' border-strip-box-active'
                    : ''
                }`}
              >
                <title>{b.name}</title>
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  rx={4}
                />
                <text textAnchor="middle" dominantBaseline="middle">
                  {b.lines.map((line) => (
                    <tspan key={line.y} x={line.x} y={line.y}>
                      {line.text}
                    </tspan>
                  ))}
                </text>
              </g>
            ))}
          </g>
          {layout.links.map((link, i) => {
            const p = pairs[i];
            if (!p) return null;
            return (
              <g
                key={link.pair}
                ref={(node) => {
                  items.current[i] = node;
                }}
                className="border-strip-pair"
                role="link"
                tabIndex={i === stop ? 0 : -1}
                aria-label={pairName(p)}
                data-kind={link.kind}
                onKeyDown={onKeyDown(i, link.pair)}
                onClick={() => {
                  setActive(i);
                  onOpen(link.pair);
                }}
                onFocus={() => {
                  setActive(i);
                  setFocused(i);
                }}
                onBlur={() => {
                  setFocused((f) => (f === i ? null : f));
                }}
                onMouseEnter={() => {
                  setHovered(i);
                }}
                onMouseLeave={() => {
                  setHovered((h) => (h === i ? null : h));
                }}
              >
                <rect
                  className="border-strip-hit"
                  x={link.hit.x}
                  y={link.hit.y}
                  width={link.hit.width}
                  height={link.hit.height}
                  rx={4}
                />
                <LinkMark link={link} />
              </g>
            );
          })}
        </svg>
        {shownPair && shownLink ? (
          <StripTooltip layout={layout} link={shownLink}>
            {pairName(shownPair)}
          </StripTooltip>
        ) : null}
      </div>
      <div className="border-strip-legend">
        <span>{t('overview.strip.legend')}</span>
        {low ? (
          <LegendItem strokeWidth={low.strokeWidth}>
            {t('overview.strip.legend-low')} {formatValue(low.value)}
          </LegendItem>
        ) : null}
        {high && high !== low ? (
          <LegendItem strokeWidth={high.strokeWidth}>
            {t('overview.strip.legend-high')} {formatValue(high.value)}
          </LegendItem>
        ) : null}
        {pairs.some((p) => p.turnover === null) ? (
          <LegendItem strokeWidth={MISSING_STROKE} dashed>
            {nothing}
          </LegendItem>
        ) : null}
        {pairs.some((p) => p.pointContact) ? (
          <span className="border-strip-legend-item">
            <svg width="20" height="20" aria-hidden="true">
              <circle className="border-strip-point" cx="10" cy="10" r="5" />
            </svg>
            {t('overview.strip.point')}
          </span>
        ) : null}
      </div>
      {summary ? (
        <p className="border-strip-summary">
          {t(
            'overview.strip.summary',
            stripSummaryParams(summary, {
              money: formatValue,
              share: format.share,
              noValue: nothing,
            }),
          )}
        </p>
      ) : null}
    </div>
  );
}

function LinkMark({ link }: { link: StripLink }) {
  if (link.kind === 'point')
    return (
      <circle
        className="border-strip-point"
        cx={link.cx}
        cy={link.cy}
        r={link.r}
      />
    );
  return (
    <line
      className={`border-strip-link${link.dashed ? ' border-strip-link-missing' : ''}`}
      x1={link.x1}
      y1={link.y1}
      x2={link.x2}
      y2={link.y2}
      strokeWidth={link.strokeWidth}
    />
  );
}

/**
 * The hovered or focused pair's text beside its link. Placed in percent of
 * the viewBox, which the SVG fills at any size; near an end it aligns to
 * that end, so it never pushes the page wider.
 */
function StripTooltip({
  layout,
  link,
  children,
}: {
  layout: StripLayout;
  link: StripLink;
  children: string;
}) {
  const across = link.anchor.x / layout.width;
  const align = across < 0.25 ? 'start' : across > 0.75 ? 'end' : 'middle';
  return (
    <div
      role="tooltip"
      className="border-strip-tooltip"
      data-align={align}
      style={{
        left: `${String(across * 100)}%`,
        top: `${String((link.anchor.y / layout.height) * 100)}%`,
      }}
    >
      {children}
    </div>
  );
}

function LegendItem({
  strokeWidth,
  dashed = false,
  children,
}: {
  strokeWidth: number;
  dashed?: boolean;
  children: ReactNode;
}) {
  return (
    <span className="border-strip-legend-item">
      <svg width="32" height="20" aria-hidden="true">
        <line
          className={`border-strip-link${dashed ? ' border-strip-link-missing' : ''}`}
          x1="2"
          y1="10"
          x2="30"
          y2="10"
          strokeWidth={strokeWidth}
        />
      </svg>
      {children}
    </span>
  );
}

/**
 * The width the strip is laid out for: its container's, so one viewBox unit
 * is one CSS pixel and labels keep their size. Null until measured (and
 * where ResizeObserver is missing): the layout's default width.
 */
function useContainerWidth(): [RefCallback<HTMLDivElement>, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}

/**
 * The strip for exports: the same layout drawn at `width` in the export's
 * light colours (no CSS variables, no interaction), with its end labels.
 */
export function StaticBorderStrip({
  pairs,
  width,
}: {
  pairs: readonly StripPair[];
  width: number;
}) {
  const { t } = useI18n();
  const layout = borderLayout(pairs, { width });
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
      fontFamily="system-ui, sans-serif"
      fontSize={12}
    >
      {[layout.west, layout.east].map((end, i) => (
        <text
          key={i}
          x={end.x}
          y={end.y}
          textAnchor={end.anchor}
          dominantBaseline="middle"
          fill={PALETTE.muted}
        >
          {i === 0 ? t('overview.strip.west') : t('overview.strip.east')}
        </text>
      ))}
      {layout.boxes.map((b) => (
        <g key={`${b.side}:${b.code}`}>
          <rect
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            rx={4}
            fill={b.side === 'ru' ? '#ffffff' : '#f4f6f9'}
            stroke={PALETTE.muted}
          />
          <text
            textAnchor="middle"
            dominantBaseline="middle"
            fill={PALETTE.ink}
          >
            {b.lines.map((line) => (
              <tspan key={line.y} x={line.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.links.map((link) =>
        link.kind === 'point' ? (
          <circle
            key={link.pair}
            cx={link.cx}
            cy={link.cy}
            r={link.r}
            fill={PALETTE.accent}
          />
        ) : (
          <line
            key={link.pair}
            x1={link.x1}
            y1={link.y1}
            x2={link.x2}
            y2={link.y2}
            stroke={PALETTE.accent}
            strokeWidth={link.strokeWidth}
            strokeDasharray={link.dashed ? '4 4' : undefined}
            strokeLinecap="round"
          />
        ),
      )}
    </svg>
  );
}
