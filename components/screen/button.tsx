import type { Box } from './geometry';
import { Label, type TextTone } from './shapes';

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

/** A pill button (or chip, or text button) with its label centred. */
export function Button({
  box,
  label,
  size,
  kind = 'outline',
}: {
  box: Box;
  label: string;
  size: number;
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
        rx={box.h / 2}
        className={style.shape}
        strokeWidth={1.5}
      />
      <Label
        x={box.x + box.w / 2}
        y={box.y + box.h / 2}
        size={size}
        text={label}
        tone={style.text}
        bold
        anchor="middle"
      />
    </g>
  );
}
