import { placeCallout } from './callout';
import { inflate, type Box } from './geometry';
import { HighlightPulse } from './highlight-pulse';
import { TextBlock } from './shapes';
import type { Side } from './scene';

/**
 * The ring around the thing to press and a short label pointing at it. A background-coloured
 * halo under the ring keeps it distinct on busy parts of the drawing.
 */
export function Highlight({
  name,
  box,
  text,
  size,
  bounds,
  side,
  avoid,
}: {
  name: string;
  box: Box;
  text: string;
  size: number;
  bounds: { w: number; h: number };
  side?: Side;
  /** What the callout should not cover. */
  avoid?: readonly Box[];
}) {
  const ring = inflate(box, Math.round(size * 0.25));
  const rx = Math.min(ring.h / 2, 14);
  const { pill, pointer, words } = placeCallout(ring, text, size, bounds, side, avoid);
  const frame = { x: ring.x, y: ring.y, width: ring.w, height: ring.h, rx };
  return (
    <g data-highlight={name}>
      <rect {...frame} fill="none" className="stroke-bg" strokeWidth={6} />
      <rect {...frame} fill="none" className="stroke-accent" strokeWidth={3} />
      <HighlightPulse {...frame} />
      <path d={pointer} className="fill-accent" />
      <rect
        x={pill.x}
        y={pill.y}
        width={pill.w}
        height={pill.h}
        rx={pill.h / 2}
        className="fill-accent"
      />
      <TextBlock box={pill} words={words} tone="on-accent" anchor="middle" />
    </g>
  );
}
