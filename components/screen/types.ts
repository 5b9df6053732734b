import type { ReactNode } from 'react';
import type { ScreenHighlight, ScreenView } from '@/lib/screens/catalog';
import type { Box } from './geometry';

export type Side = 'above' | 'below' | 'left' | 'right';

/** How the picture names something a step asks the person to find. */
export type Words = {
  /** The thing's name after "Click"/"Tap" in the callout, e.g. "Withdraw". */
  label: string;
  /** Completes "… is highlighted" in the picture's text alternative. */
  description: string;
  /** Replaces "Click …"/"Tap …" when the step asks to look rather than press. */
  callout?: string;
};

/** Where that thing is in one drawing, and any wording this platform needs instead. */
export type Target = Partial<Words> & {
  box: Box;
  /** Where the callout goes when the default (below, or above near the bottom) would hide something. */
  side?: Side;
};

/** One view drawn for one platform: its shapes and where each highlightable element is. */
export type Drawing<H extends string = string> = { body: ReactNode; targets: Record<H, Target> };

/** A layer drawn over a screen (a dialog, a menu), with where its parts are. */
export type Overlay<K extends string> = { node: ReactNode } & Record<K, Box>;

/** Every view of the catalog, drawn for one platform. */
export type ViewSet = {
  [V in ScreenView]: (highlight: ScreenHighlight<V>) => Drawing<ScreenHighlight<V>>;
};
