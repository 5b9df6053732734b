import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import type { ScreenHighlight } from '@/lib/screens/catalog';
import { Button } from './button';
import { textWidth, type Box } from './geometry';
import { Label, TextBlock } from './shapes';

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

/**
 * Part of a drawing: plain shapes, then the elements on top of them. An overlay (a menu, a
 * dialog, a sheet) covers what is under it, which is marked so a test can tell.
 */
export type Layer = {
  shapes?: ReactNode;
  elements?: readonly Element[];
  /** Over the layers before it: covering part of them (a dropdown, a tab bar), or dimming all of them (a dialog, a sheet). */
  overlay?: 'covers' | 'dims';
};

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

/** Where the words of a drawn node are (its labels, text blocks and buttons), by the same estimate that sized them. */
function wordsIn(node: ReactNode): Box[] {
  const boxes: Box[] = [];
  Children.forEach(node, (child) => {
    if (!isValidElement<Record<string, unknown>>(child)) return;
    const props = child.props;
    if (child.type === Label) {
      const { x, y, size, text, bold, anchor } = props as Parameters<typeof Label>[0];
      const w = textWidth(text, size, bold);
      boxes.push({ x: anchor ? x - w / 2 : x, y: y - size * 0.6, w, h: size * 1.2 });
    } else if (child.type === TextBlock) {
      const { box, words, anchor, pad = 0 } = props as Parameters<typeof TextBlock>[0];
      const x = anchor ? box.x + (box.w - words.w) / 2 : box.x + pad;
      boxes.push({ x, y: box.y + (box.h - words.h) / 2, w: words.w, h: words.h });
    } else if (child.type === Button) {
      boxes.push((props as Parameters<typeof Button>[0]).fitted.box);
    } else boxes.push(...wordsIn(props.children as ReactNode));
  });
  return boxes;
}

/**
 * What the target's callout should not cover: the other elements and every word of the layers
 * in view (from the last one that dims what is under it), but the target's own.
 */
export function keepClear(drawing: Drawing, target: Element): Box[] {
  const dims = drawing.findLastIndex((layer) => layer.overlay === 'dims');
  return drawing
    .slice(Math.max(dims, 0))
    .flatMap((layer) => [
      ...wordsIn(layer.shapes),
      ...(layer.elements ?? [])
        .filter((e) => e !== target)
        .flatMap((e) => [e.box, ...wordsIn(e.node)]),
    ]);
}

/** The layers in order; the ringed element is marked, so a test can find what the ring encloses. */
export function Paint({ drawing, target }: { drawing: Drawing; target: Element }) {
  return drawing.map((layer, i) => {
    const painted = (
      <>
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
      </>
    );
    return layer.overlay ? (
      <g key={i} data-overlay="">
        {painted}
      </g>
    ) : (
      <Fragment key={i}>{painted}</Fragment>
    );
  });
}
