import type { ReactNode } from 'react';
import { Button, type ButtonKind } from './button';
import type { Box } from './geometry';
import { pillRow, type Fitted, type Span } from './layout';
import type { Element } from './scene';
import { TextBlock } from './shapes';

export type Naming = Pick<Element, 'name' | 'side'>;
export type ButtonEntry = Naming & { label: string; kind?: ButtonKind };

/** An element whose node the caller drew from `box`. */
export function element(box: Box, node: ReactNode, naming: Naming = {}): Element {
  return { box, node, ...naming };
}

/** A pill button, a chip or (kind "text") a link, drawn in the box fitted to its words. */
export function button(fitted: Fitted, { kind, ...naming }: Omit<ButtonEntry, 'label'> = {}) {
  return element(fitted.box, <Button fitted={fitted} kind={kind} />, naming);
}

/** Buttons side by side, wrapping onto a second line when the span runs out. */
export function buttonRow(
  entries: readonly ButtonEntry[],
  size: number,
  span: Span,
  at: { y: number; h: number; gap: number },
): { buttons: Element[]; bottom: number } {
  const { pills, bottom } = pillRow(
    entries.map((entry) => entry.label),
    size,
    span,
    at,
  );
  return {
    buttons: entries.map(({ kind, name, side }, i) => button(pills[i]!, { kind, name, side })),
    bottom,
  };
}

/** A tab: its words, and a bar along its bottom edge when it is the current one. */
export function tab(
  { box, words }: Fitted,
  { selected, ...naming }: Naming & { selected: boolean },
) {
  const node = (
    <g>
      <TextBlock box={box} words={words} tone={selected ? 'fg' : 'muted'} anchor="middle" />
      {selected && (
        <rect x={box.x} y={box.y + box.h - 3} width={box.w} height={3} className="fill-accent" />
      )}
    </g>
  );
  return element(box, node, naming);
}
