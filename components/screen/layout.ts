import { textWidth, wrap, type Box } from './geometry';

/**
 * Boxes computed from a region and the words they hold, so a label of any length fits its
 * button, tab or menu entry: words wrap and boxes grow, rather than overflow.
 */

/** A horizontal band of a frame to lay things out in: its left edge and width. */
export type Span = { x: number; w: number };

export const lineHeight = (size: number) => Math.round(size * 1.3);

/** Words set in lines, and the size of the block they make. */
export type Words = { lines: string[]; w: number; h: number; size: number; bold: boolean };

export function setWords(text: string, size: number, width: number, bold = false): Words {
  const lines = wrap(text, size, width, bold);
  return {
    lines,
    w: Math.ceil(Math.max(...lines.map((line) => textWidth(line, size, bold)))),
    h: lines.length * lineHeight(size),
    size,
    bold,
  };
}

/** Words and the shape drawn around them. */
export type Fitted = { box: Box; words: Words };

/** Where a box goes along a line: its left edge, its right edge or its middle. */
export type Anchor = { x: number } | { right: number } | { middle: number };

function leftOf(anchor: Anchor, w: number): number {
  if ('right' in anchor) return anchor.right - w;
  if ('middle' in anchor) return anchor.middle - w / 2;
  return anchor.x;
}

/** A pill for its words: one line at height `h` when it fits in `maxW`, else wrapped and taller. */
export function pill(
  text: string,
  size: number,
  at: Anchor & { y: number; h: number; maxW: number },
): Fitted {
  const pad = Math.round(size * 0.6);
  const words = setWords(text, size, at.maxW - 2 * pad, true);
  const w = words.w + 2 * pad;
  const h = Math.max(at.h, words.h + Math.round(size * 0.3));
  return { box: { x: Math.round(leftOf(at, w)), y: at.y, w, h }, words };
}

/** Things of given sizes left to right, `gap` apart, wrapping onto a new line at the span's end. */
export function flow(
  sizes: readonly { w: number; h: number }[],
  span: Span,
  { y, gap }: { y: number; gap: number },
): { boxes: Box[]; bottom: number } {
  let x = span.x;
  let top = y;
  let lineH = 0;
  const boxes = sizes.map(({ w, h }) => {
    if (x > span.x && x + w > span.x + span.w) {
      top += lineH + gap;
      x = span.x;
      lineH = 0;
    }
    const box = { x, y: top, w, h };
    x += w + gap;
    lineH = Math.max(lineH, h);
    return box;
  });
  return { boxes, bottom: top + lineH };
}

/** Pills for several labels in a row, wrapping onto a new line when the span runs out. */
export function pillRow(
  texts: readonly string[],
  size: number,
  span: Span,
  at: { y: number; h: number; gap: number },
): { pills: Fitted[]; bottom: number } {
  const made = texts.map((text) => pill(text, size, { x: 0, y: 0, h: at.h, maxW: span.w }));
  const { boxes, bottom } = flow(
    made.map((p) => p.box),
    span,
    at,
  );
  return { pills: made.map((p, i) => ({ ...p, box: boxes[i]! })), bottom };
}

/**
 * Slots sharing a span: each as wide as its words need plus an even share of what is left, or,
 * when the words can't all fit on one line, equal slots with the words wrapped in them.
 */
export function shareRow(
  texts: readonly string[],
  size: number,
  span: Span,
  at: { y: number; h: number; pad: number; bold?: boolean },
): { slots: Fitted[]; fits: boolean; bottom: number } {
  const bold = at.bold ?? false;
  const needs = texts.map((text) => textWidth(text, size, bold) + 2 * at.pad);
  const total = needs.reduce((a, b) => a + b, 0);
  const fits = total <= span.w;
  const widths = fits
    ? needs.map((need) => need + (span.w - total) / texts.length)
    : texts.map(() => span.w / texts.length);
  const words = texts.map((text, i) => setWords(text, size, widths[i]! - 2 * at.pad, bold));
  const h = Math.max(at.h, ...words.map((w) => w.h + 2 * at.pad));
  let x = span.x;
  const slots = words.map((w, i) => {
    const box = { x: Math.round(x), y: at.y, w: Math.round(widths[i]!), h };
    x += widths[i]!;
    return { box, words: w };
  });
  return { slots, fits, bottom: at.y + h };
}

/**
 * The entries of a menu or list, top to bottom: each entry's words wrap to the width left after
 * its leading icon, and its row grows to hold them. A null entry is a placeholder row.
 */
export function stackRows(
  texts: readonly (string | null)[],
  size: number,
  span: Span,
  at: { y: number; rowH: number; lead: number; pad: number },
): { rows: Fitted[]; bottom: number } {
  let y = at.y;
  const rows = texts.map((text) => {
    const words = setWords(text ?? '', size, span.w - at.lead - at.pad, false);
    const h = Math.max(at.rowH, words.h + 2 * at.pad);
    const box = { x: span.x, y, w: span.w, h };
    y += h;
    return { box, words };
  });
  return { rows, bottom: y };
}

/** The bottom edge of a box. */
export const bottomOf = (box: Box) => box.y + box.h;
/** The right edge of a box. */
export const rightOf = (box: Span) => box.x + box.w;
/** A box's span, inset by `by` on each side. */
export const inset = (span: Span, by: number): Span => ({ x: span.x + by, w: span.w - 2 * by });

/** A bar's title: at `size` in up to two lines, else smaller (never under 13) to keep to two. */
export function barTitle(text: string, size: number, width: number): Words {
  const words = setWords(text, size, width, true);
  return words.lines.length <= 2 || size <= 13 ? words : barTitle(text, size - 1, width);
}
