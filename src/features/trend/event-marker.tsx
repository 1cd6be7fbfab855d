import type { EventMarker } from './use-event-markers';
import './event-marker.css';

/**
 * A flag at the top of an event's month. Hovering shows the event names (SVG
 * title); the same names are its accessible label.
 */
export function EventMarkerShape({
  marker,
  x,
  y,
}: {
  marker: EventMarker;
  x: number;
  y: number;
}) {
  const label = marker.titles.join('; ');
  return (
    <g className="event-marker" role="img" aria-label={label} tabIndex={0}>
      <title>{label}</title>
      <path
        d={`M ${String(x)} ${String(y)} l 6 -9 l -12 0 Z`}
        fill="var(--text)"
      />
      {marker.titles.length > 1 ? (
        <text x={x + 8} y={y - 2} fontSize={11} fill="var(--text)">
          {marker.titles.length}
        </text>
      ) : null}
    </g>
  );
}
