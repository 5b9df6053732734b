import type { Fitted } from './layout';
import { TextBlock, type TextTone } from './shapes';

// Text and shape tokens per kind; every text/fill pair is AA in both themes.
const buttonStyles = {
  primary: { shape: 'fill-accent', text: 'on-accent' },
  outline: { shape: 'fill-bg stroke-muted', text: 'fg' },
  accent: { shape: 'fill-bg stroke-accent', text: 'accent' },
  selected: { shape: 'fill-fg', text: 'bg' },
  text: { shape: 'fill-none', text: 'accent' },
  quiet: { shape: 'fill-none', text: 'muted' },
} as const satisfies Record<string, { shape: string; text: TextTone }>;

export type ButtonKind = keyof typeof buttonStyles;

/** A pill button (or chip, or text button) with its words centred, on as many lines as they need. */
export function Button({
  fitted: { box, words },
  kind = 'outline',
}: {
  fitted: Fitted;
  kind?: ButtonKind;
}) {
  const style = buttonStyles[kind];
  return (
    <g>
      <rect
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={Math.min(box.h / 2, words.size)}
        className={style.shape}
        strokeWidth={1.5}
      />
      <TextBlock box={box} words={words} tone={style.text} anchor="middle" />
    </g>
  );
}
