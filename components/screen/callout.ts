import { textWidth, type Box } from './geometry';
import { setWords, type Words } from './layout';
import type { Side } from './scene';

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const r1 = (n: number) => Math.round(n * 10) / 10;
const margin = 4;

/**
 * The narrowest width that sets `text` (bold) on at most `lines` lines, breaking only between
 * words; undefined when the text has too few words for that many lines.
 */
function narrowestOn(text: string, lines: number, size: number): number | undefined {
  const words = text.split(' ');
  if (words.length <= lines - 1) return undefined;
  const width = (run: string[]) => Math.ceil(textWidth(run.join(' '), size, true));
  const longestWord = Math.max(...words.map((word) => width([word])));
  // Every run of consecutive words is a line some width sets; the narrowest that works is one.
  const runs = words.flatMap((_, i) =>
    words.slice(i).map((__, j) => width(words.slice(i, i + j + 1))),
  );
  return runs
    .filter((w) => w >= longestWord)
    .sort((a, b) => a - b)
    .find((w) => setWords(text, size, w, true).lines.length <= lines);
}

/**
 * Where the callout label goes around a highlight ring: on the requested side if it fits, else
 * below (above for things low in the picture), kept inside the picture, pointing at the ring.
 * It keeps clear of the `avoid` boxes (the drawing's other buttons, tabs and entries) where it
 * can: when no spot for it on one line is clear, it tries its words on two, then three lines, a
 * narrower pill that may find a clear spot where a long one can't (German and French callouts
 * run long). Words too long for the picture's width wrap, and the pill grows taller.
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
  const gap = Math.round(size * 0.55);
  const cx = ring.x + ring.w / 2;
  const cy = ring.y + ring.h / 2;
  const preferred: Side[] = cy < bounds.h * 0.6 ? ['below', 'above'] : ['above', 'below'];
  const order = [...new Set<Side>([...(side ? [side] : []), ...preferred, 'right', 'left'])];
  type Spot = { where: Side; x: number; y: number; w: number; h: number; words: Words };

  /** The pill for the words set at most `width` wide. */
  function pillFor(width: number) {
    const words = setWords(text, size, width, true);
    const h = Math.max(Math.round(size * 1.7), words.h + Math.round(size * 0.4));
    return { words, w: words.w + 2 * pad, h };
  }

  /** Every spot around the ring where the pill for words at most `width` wide fits. */
  function spotsFor(width: number): Spot[] {
    const { words, w, h } = pillFor(width);
    const room: Record<Side, boolean> = {
      below: ring.y + ring.h + gap + h <= bounds.h - margin,
      above: ring.y - gap - h >= margin,
      left: ring.x - gap - w >= margin,
      right: ring.x + ring.w + gap + w <= bounds.w - margin,
    };
    return order
      .filter((s) => room[s])
      .flatMap((where): Spot[] => {
        if (where === 'left' || where === 'right') {
          const x = where === 'left' ? ring.x - gap - w : ring.x + ring.w + gap;
          return [{ where, x, y: clamp(cy - h / 2, margin, bounds.h - margin - h), w, h, words }];
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
          w,
          h,
          words,
        }));
      });
  }

  const covered = (c: Spot) =>
    avoid.reduce((sum, box) => {
      const dx = Math.min(c.x + c.w, box.x + box.w) - Math.max(c.x, box.x);
      const dy = Math.min(c.y + c.h, box.y + box.h) - Math.max(c.y, box.y);
      return sum + (dx > 0 && dy > 0 ? dx * dy : 0);
    }, 0);
  /** The spot covering least of the things to keep clear (the first of equals), and how much. */
  const best = (spots: Spot[]) =>
    spots.reduce<{ spot: Spot; cost: number } | null>((found, spot) => {
      const cost = covered(spot);
      return found && found.cost <= cost ? found : { spot, cost };
    }, null);

  const widest = bounds.w - 2 * margin - 2 * pad;
  let chosen = best(spotsFor(widest));
  if (!chosen || chosen.cost > 0) {
    // A narrower pill only where it is clear of everything (a tall pill that still covers
    // something is no better than a long one).
    for (const lines of [2, 3]) {
      const width = narrowestOn(text, lines, size);
      if (width === undefined) break;
      const narrower = best(spotsFor(width));
      if (narrower?.cost === 0) {
        chosen = narrower;
        break;
      }
    }
  }
  // No room anywhere: below or above regardless, on as few lines as the picture allows.
  const { where, x, y, w, h, words } =
    chosen?.spot ??
    (() => {
      const { words, w, h } = pillFor(widest);
      return {
        where: preferred[0]!,
        x: clamp(cx - w / 2, margin, bounds.w - margin - w),
        y: preferred[0] === 'below' ? ring.y + ring.h + gap : ring.y - gap - h,
        w,
        h,
        words,
      };
    })();
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
