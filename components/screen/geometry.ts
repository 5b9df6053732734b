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

/**
 * Words broken into lines no wider than `width` (by the same generous estimate); a word wider
 * than that on its own is broken too, so no line ever leaves its box.
 */
export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    lines.push(rest);
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
