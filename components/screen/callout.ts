import type { Box } from './geometry';
import { setWords, type Words } from './layout';
import type { Side } from './scene';

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const r1 = (n: number) => Math.round(n * 10) / 10;
const margin = 4;

/**
 * Where the callout label goes around a highlight ring: on the requested side if it fits, else
 * below (above for things low in the picture), kept inside the picture, pointing at the ring.
 * It keeps clear of the `avoid` boxes (the drawing's other buttons, tabs and entries) where it
 * can. Words too long for the picture's width wrap, and the pill grows taller.
 */
export function placeCallout(
  ring: Box,
  text: string,
  size: number,
  bounds: { w: number; h: number },
  side?: Side,
  avoid: readonly Box[] = [],
): { pill: Box; pointer: string; words: Words } {
  const pad = Math.round(size * 0.55);
  const words = setWords(text, size, bounds.w - 2 * margin - 2 * pad, true);
  const h = Math.max(Math.round(size * 1.7), words.h + Math.round(size * 0.4));
  const w = words.w + 2 * pad;
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
  const order = [...new Set<Side>([...(side ? [side] : []), ...preferred, 'right', 'left'])];
  type Spot = { where: Side; x: number; y: number };
  const candidates = order
    .filter((s) => room[s])
    .flatMap((where): Spot[] => {
      if (where === 'left' || where === 'right') {
        const x = where === 'left' ? ring.x - gap - w : ring.x + ring.w + gap;
        return [{ where, x, y: clamp(cy - h / 2, margin, bounds.h - margin - h) }];
      }
      const y = where === 'below' ? ring.y + ring.h + gap : ring.y - gap - h;
      // Centred on the ring, else flush with either of its edges, else anywhere along the
      // picture's width that still reaches over the ring for the pointer.
      const lo = Math.max(margin, ring.x + h / 2 - w);
      const hi = Math.min(bounds.w - margin - w, ring.x + ring.w - h / 2);
      const sweep = Array.from({ length: 9 }, (_, i) => lo + ((hi - lo) * i) / 8);
      return [cx - w / 2, ring.x, ring.x + ring.w - w, ...sweep].map((x) => ({
        where,
        x: clamp(x, margin, bounds.w - margin - w),
        y,
      }));
    });
  const covered = (c: Spot) =>
    avoid.reduce((sum, box) => {
      const dx = Math.min(c.x + w, box.x + box.w) - Math.max(c.x, box.x);
      const dy = Math.min(c.y + h, box.y + box.h) - Math.max(c.y, box.y);
      return sum + (dx > 0 && dy > 0 ? dx * dy : 0);
    }, 0);
  // The first place that covers none of the things to keep clear, else the one covering least,
  // else (no room anywhere) below or above regardless.
  const fallback: Spot = {
    where: preferred[0]!,
    x: clamp(cx - w / 2, margin, bounds.w - margin - w),
    y: preferred[0] === 'below' ? ring.y + ring.h + gap : ring.y - gap - h,
  };
  const { where, x, y } =
    candidates.reduce<{ spot: Spot; cost: number } | null>((best, spot) => {
      const cost = covered(spot);
      return best && best.cost <= cost ? best : { spot, cost };
    }, null)?.spot ?? fallback;
  const vertical = where === 'below' || where === 'above';

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
  return { pill: { x: r1(x), y: r1(y), w, h }, pointer, words };
}
