import { textWidth, type Box } from './geometry';
import type { Side } from './scene';

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const r1 = (n: number) => Math.round(n * 10) / 10;
const margin = 4;

/**
 * Where the callout label goes around a highlight ring: on the requested side if it fits, else
 * below (above for things low in the picture), kept inside the picture, pointing at the ring.
 */
export function placeCallout(
  ring: Box,
  text: string,
  size: number,
  bounds: { w: number; h: number },
  side?: Side,
): { pill: Box; pointer: string } {
  const h = Math.round(size * 1.7);
  const w = Math.round(textWidth(text, size, true) + size * 1.1);
  const gap = Math.round(size * 0.55);
  const cx = ring.x + ring.w / 2;
  const cy = ring.y + ring.h / 2;
  const room: Record<Side, boolean> = {
    below: ring.y + ring.h + gap + h <= bounds.h - margin,
    above: ring.y - gap - h >= margin,
    left: ring.x - gap - w >= margin,
    right: ring.x + ring.w + gap + w <= bounds.w - margin,
  };
  const preferred: Side[] = cy < bounds.h * 0.6 ? ['below', 'above'] : ['above', 'below'];
  const where = [...(side ? [side] : []), ...preferred].find((s) => room[s]) ?? preferred[0]!;
  const vertical = where === 'below' || where === 'above';

  const x = vertical
    ? clamp(cx - w / 2, margin, bounds.w - margin - w)
    : where === 'left'
      ? ring.x - gap - w
      : ring.x + ring.w + gap;
  const y = vertical
    ? where === 'below'
      ? ring.y + ring.h + gap
      : ring.y - gap - h
    : clamp(cy - h / 2, margin, bounds.h - margin - h);

  const t = gap * 0.8;
  let pointer: string;
  if (vertical) {
    const px = clamp(cx, x + h / 2, x + w - h / 2);
    const tip = where === 'below' ? ring.y + ring.h : ring.y;
    const base = where === 'below' ? y + 1 : y + h - 1;
    pointer = `M${r1(px)} ${r1(tip)}L${r1(px + t)} ${r1(base)}H${r1(px - t)}Z`;
  } else {
    const tip = where === 'left' ? ring.x : ring.x + ring.w;
    const base = where === 'left' ? x + w - 1 : x + 1;
    pointer = `M${r1(tip)} ${r1(cy)}L${r1(base)} ${r1(cy + t)}V${r1(cy - t)}Z`;
  }
  return { pill: { x: r1(x), y: r1(y), w, h }, pointer };
}
