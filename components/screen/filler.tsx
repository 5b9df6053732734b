import type { Box } from './geometry';
import { Avatar, Bar } from './shapes';

/**
 * Placeholders for the words a picture leaves out (names, headlines, posts), each sized from the
 * box it fills, so a frame's filler needs a box, not numbers of its own.
 */

/** A photo (or, for a Page, a square logo) at the left of `box`, a name bar and a headline bar beside it. */
export function PersonLine({ box, logo = false }: { box: Box; logo?: boolean }) {
  const r = Math.round(box.h * 0.35);
  const cy = box.y + box.h / 2;
  const x = box.x + 2 * r + Math.round(r * 0.7);
  const bar = Math.max(6, Math.round(r * 0.45));
  return (
    <>
      {logo ? (
        <rect
          x={box.x}
          y={cy - r}
          width={2 * r}
          height={2 * r}
          rx={r / 4}
          className="fill-border"
        />
      ) : (
        <Avatar cx={box.x + r} cy={cy} r={r} />
      )}
      <Bar x={x} y={cy - bar * 1.3} w={Math.round(box.w * 0.3)} h={bar} strong />
      <Bar x={x} y={cy + bar * 0.4} w={Math.round(box.w * 0.36)} h={Math.round(bar * 0.8)} />
    </>
  );
}

/** A heading bar, then `lines` lines of text, each a little shorter, spread down `box`. */
export function Paragraph({ box, lines }: { box: Box; lines: number }) {
  const step = box.h / (lines + 1);
  const bar = Math.max(6, Math.round(step * 0.5));
  return (
    <>
      <Bar x={box.x} y={box.y} w={Math.round(box.w * 0.2)} h={Math.round(bar * 1.2)} strong />
      {Array.from({ length: lines }, (_, i) => (
        <Bar
          key={i}
          x={box.x}
          y={Math.round(box.y + step * (i + 1))}
          w={Math.round(box.w * (1 - 0.14 * i))}
          h={bar}
        />
      ))}
    </>
  );
}

/** A post: its author, two lines of text, then its picture filling the rest of `box`. */
export function Post({ box }: { box: Box }) {
  const author = { ...box, h: Math.round(box.h * 0.22) };
  const text = { ...box, y: box.y + author.h, h: Math.round(box.h * 0.2) };
  const media = text.y + text.h;
  return (
    <>
      <PersonLine box={author} />
      {[0.3, 0.65].map((at, i) => (
        <Bar
          key={at}
          x={box.x}
          y={Math.round(text.y + text.h * at)}
          w={Math.round(box.w * (0.95 - 0.15 * i))}
          h={Math.max(6, Math.round(text.h * 0.18))}
        />
      ))}
      <rect
        x={box.x}
        y={media}
        width={box.w}
        height={box.y + box.h - media}
        rx={6}
        className="fill-accent-soft"
      />
    </>
  );
}
