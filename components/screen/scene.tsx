import { Fragment, type ReactNode } from 'react';
import type { ScreenHighlight } from '@/lib/screens/catalog';
import type { Box } from './geometry';

export type Side = 'above' | 'below' | 'left' | 'right';

/**
 * Something drawn that a step can point at: a button, a tab, a link, a menu entry. Its shape is
 * drawn from `box`, and the ring and its callout are placed from the same box.
 */
export type Element = {
  box: Box;
  node: ReactNode;
  /** The catalog's name for it, when a step may highlight it. */
  name?: ScreenHighlight;
  /** Where its callout goes when the default (below, or above near the bottom) would hide something. */
  side?: Side;
};

/** Part of a drawing: plain shapes, then the elements on top of them. */
export type Layer = { shapes?: ReactNode; elements?: readonly Element[] };

/** One view drawn for one platform, painted layer by layer (a page, then a dialog over it). */
export type Drawing = readonly Layer[];

/** The one element of a drawing with that name. */
export function elementNamed(drawing: Drawing, name: string): Element {
  const found = drawing.flatMap((layer) => layer.elements ?? []).filter((e) => e.name === name);
  if (found.length !== 1) {
    throw new Error(`the drawing has ${found.length} elements named "${name}", not one`);
  }
  return found[0]!;
}

/** The layers in order; the ringed element is marked, so a test can find what the ring encloses. */
export function Paint({ drawing, target }: { drawing: Drawing; target: Element }) {
  return drawing.map((layer, i) => (
    <Fragment key={i}>
      {layer.shapes}
      {layer.elements?.map((element, j) =>
        element === target ? (
          <g key={j} data-target="">
            {element.node}
          </g>
        ) : (
          <Fragment key={j}>{element.node}</Fragment>
        ),
      )}
    </Fragment>
  ));
}
