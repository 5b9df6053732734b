/** A rectangle in a drawing's own units (its viewBox), top-left origin. */
export type Box = { x: number; y: number; w: number; h: number };

export function inflate({ x, y, w, h }: Box, by: number): Box {
  return { x: x - by, y: y - by, w: w + 2 * by, h: h + 2 * by };
}

// Rough per-character widths in em, on the wide side (measured against DejaVu Sans, wider than
// the system fonts most people have), so labels never outgrow the pills and menus sized for them.
const narrow = /[ilj|!.,:;'’]/;
const slim = /[tfr /]/;
const wide = /[mwMW]/;

function charWidth(ch: string): number {
  if (narrow.test(ch)) return 0.3;
  if (slim.test(ch)) return 0.4;
  if (wide.test(ch)) return ch === 'm' || ch === 'w' ? 0.92 : 1;
  return /[A-Z]/.test(ch) ? 0.7 : 0.62;
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * (bold ? 1.13 : 1);
}

/** Where a label-sized box goes: its left edge (or its right edge, or its middle), its top and height. */
export type FitAt = { x?: number; right?: number; middle?: number; y: number; h: number };

/** A pill just wide enough for its label, anchored at its left edge (or its right edge, or its middle). */
export function fit(label: string, size: number, at: FitAt): Box {
  const w = Math.round(textWidth(label, size, true) + size * 1.1);
  const x =
    at.right !== undefined ? at.right - w : at.middle !== undefined ? at.middle - w / 2 : at.x;
  return { x: x ?? 0, y: at.y, w, h: at.h };
}

/** A box given outright, or one fitted to its label. */
export function place(label: string, size: number, at: Box | FitAt): Box {
  return 'w' in at ? at : fit(label, size, at);
}

/** Pills for several labels laid out left to right, `gap` apart. */
export function fitRow(
  labels: readonly string[],
  size: number,
  at: { x: number; y: number; h: number; gap: number },
): Box[] {
  let x = at.x;
  return labels.map((label) => {
    const box = fit(label, size, { x, y: at.y, h: at.h });
    x += box.w + at.gap;
    return box;
  });
}

/** Words broken into lines no wider than `width` (by the same generous estimate). */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/** A rectangle path with its own radius per corner: top-left, top-right, bottom-right, bottom-left. */
export function roundedPath({ x, y, w, h }: Box, [tl, tr, br, bl]: readonly number[]): string {
  const arc = (r = 0, dx: number, dy: number) => (r ? `a${r} ${r} 0 0 1 ${dx * r} ${dy * r}` : '');
  return (
    `M${x + (tl ?? 0)} ${y}H${x + w - (tr ?? 0)}${arc(tr, 1, 1)}` +
    `V${y + h - (br ?? 0)}${arc(br, -1, 1)}H${x + (bl ?? 0)}${arc(bl, -1, -1)}` +
    `V${y + (tl ?? 0)}${arc(tl, 1, -1)}Z`
  );
}
