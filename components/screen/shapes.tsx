import { roundedPath, type Box } from './geometry';
import { lineHeight, type Words } from './layout';

// Colours are the site's tokens, so every picture follows the light or dark theme.
const textTones = {
  fg: 'fill-fg',
  muted: 'fill-muted',
  accent: 'fill-accent',
  'on-accent': 'fill-accent-fg',
  bg: 'fill-bg',
} as const;

export type TextTone = keyof typeof textTones;

/** A line of text whose middle sits at y. */
export function Label({
  x,
  y,
  size,
  text,
  tone = 'fg',
  bold = false,
  anchor,
  className,
}: {
  x: number;
  y: number;
  size: number;
  text: string;
  tone?: TextTone;
  bold?: boolean;
  anchor?: 'middle';
  className?: string;
}) {
  return (
    <text
      x={x}
      y={Math.round((y + size * 0.36) * 10) / 10}
      fontSize={size}
      fontWeight={bold ? 600 : undefined}
      textAnchor={anchor}
      className={className ? `${textTones[tone]} ${className}` : textTones[tone]}
    >
      {text}
    </text>
  );
}

/**
 * Words set in lines (see layout.ts), centred down `box`: in its middle, or from its left edge
 * plus `pad`.
 */
export function TextBlock({
  box,
  words,
  tone = 'fg',
  anchor,
  pad = 0,
  className,
}: {
  box: Box;
  words: Words;
  tone?: TextTone;
  anchor?: 'middle';
  pad?: number;
  className?: string;
}) {
  const lh = lineHeight(words.size);
  const first = box.y + box.h / 2 - ((words.lines.length - 1) * lh) / 2;
  const x = anchor ? box.x + box.w / 2 : box.x + pad;
  return words.lines.map((line, i) => (
    <Label
      key={i}
      x={x}
      y={first + lh * i}
      size={words.size}
      text={line}
      tone={tone}
      bold={words.bold}
      anchor={anchor}
      className={className}
    />
  ));
}

/** A placeholder for words the picture leaves out (names, headlines, post text). */
export function Bar({ x, y, w, h, strong = false }: Box & { strong?: boolean }) {
  return (
    <rect
      x={x}
      y={y}
      width={w}
      height={h}
      rx={h / 2}
      className={strong ? 'fill-muted' : 'fill-border'}
    />
  );
}

/** A person with no photo: a neutral silhouette in a circle. */
export function Avatar({
  cx,
  cy,
  r,
  ring = 0,
}: {
  cx: number;
  cy: number;
  r: number;
  ring?: number;
}) {
  const s = (n: number) => Math.round(n * r * 10) / 10;
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} className="fill-border stroke-bg" strokeWidth={ring} />
      <circle cx={cx} cy={cy - s(0.22)} r={s(0.34)} className="fill-bg" />
      <path
        d={`M${cx - s(0.6)} ${cy + s(0.8)}a${s(0.6)} ${s(0.5)} 0 0 1 ${s(1.2)} 0Z`}
        className="fill-bg"
      />
    </g>
  );
}

/** A white (or, in dark mode, dark) panel with a hairline edge. */
export function Card({ box }: { box: Box }) {
  return (
    <rect
      x={box.x}
      y={box.y}
      width={box.w}
      height={box.h}
      rx={10}
      className="fill-bg stroke-border"
      strokeWidth={1.5}
    />
  );
}

/** A shape with its own radius per corner (a cover band, a bottom sheet, a nav bar). */
export function Shape({
  box,
  corners,
  className,
}: {
  box: Box;
  corners: readonly number[];
  className: string;
}) {
  return <path d={roundedPath(box, corners)} className={className} />;
}

/** The dimmed page behind a dialog; light enough that the words under it keep their contrast. */
export function Scrim({ box, corners }: { box: Box; corners: readonly number[] }) {
  return <path d={roundedPath(box, corners)} fill="#000" fillOpacity={0.3} />;
}

export function Rule({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return <path d={`M${x1} ${y}H${x2}`} className="stroke-border" strokeWidth={1.5} />;
}
