import type { ReactNode } from 'react';
import { Button, type ButtonKind } from './button';
import { place, type Box, type FitAt } from './geometry';
import type { Element } from './scene';
import { Label } from './shapes';

type Naming = Pick<Element, 'name' | 'side'>;
export type ButtonEntry = Naming & { label: string; kind?: ButtonKind };

/** An element whose node the caller drew from `box`. */
export function element(box: Box, node: ReactNode, naming: Naming = {}): Element {
  return { box, node, ...naming };
}

/** The elements most views share, at one text size; each is fitted to its label unless given a box. */
export function elementsAt(size: number) {
  /** A pill button, a chip or (kind "text") a link. */
  function button(
    label: string,
    at: Box | FitAt,
    { kind, ...naming }: Omit<ButtonEntry, 'label'> = {},
  ) {
    const box = place(label, size, at);
    return element(box, <Button box={box} label={label} size={size} kind={kind} />, naming);
  }

  /** Buttons side by side, left to right, `gap` apart. */
  function buttonRow(
    entries: readonly ButtonEntry[],
    at: { x: number; y: number; h: number; gap: number },
  ): Element[] {
    let x = at.x;
    return entries.map(({ label, ...rest }) => {
      const made = button(label, { x, y: at.y, h: at.h }, rest);
      x += made.box.w + at.gap;
      return made;
    });
  }

  /** A tab: its label, and a bar along its bottom edge when it is the current one. */
  function tab(
    label: string,
    at: Box | FitAt,
    { selected, ...naming }: Naming & { selected: boolean },
  ) {
    const box = place(label, size, at);
    const node = (
      <g>
        <Label
          x={box.x + box.w / 2}
          y={box.y + box.h / 2}
          size={size}
          text={label}
          tone={selected ? 'fg' : 'muted'}
          bold
          anchor="middle"
        />
        {selected && (
          <rect x={box.x} y={box.y + box.h - 3} width={box.w} height={3} className="fill-accent" />
        )}
      </g>
    );
    return element(box, node, naming);
  }

  return { button, buttonRow, tab };
}
