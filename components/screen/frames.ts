import type { Platform } from '@/lib/platform/platforms';
import type { Box } from './geometry';
import { inset, type Span } from './layout';

const desktopWindow = { w: 560, h: 420 };
/** The page under the browser's bar and the site's top bar: its cards span this box. */
const desktopPage: Box = { x: 24, y: 94, w: 512, h: 318 };

/**
 * Desktop pictures: viewBox size, text size (12 px or more when drawn 288 px wide), the page's
 * box and the span its cards' contents sit in.
 */
export const desktopSize = {
  ...desktopWindow,
  font: 24,
  /** The browser's own bar ends here; the site's top bar runs to `barBottom`. */
  chromeBottom: 35,
  barBottom: 86,
  page: desktopPage,
  content: inset(desktopPage, 20),
} as const;

const phoneScreen: Box = { x: 8, y: 8, w: 224, h: 404 };

/**
 * Phone pictures: viewBox size, text size (12 px or more at 17rem wide), the screen's edges and
 * the span its contents sit in. Every other edge of a phone drawing is measured from these.
 */
export const phoneSize = {
  w: 240,
  h: 420,
  font: 13,
  screen: phoneScreen,
  /** The edge-to-edge span of the screen, for rules and bands. */
  full: { x: phoneScreen.x, w: phoneScreen.w } satisfies Span,
  content: inset(phoneScreen, 12),
  /** Where the status bar and a top bar end. */
  statusBottom: 36,
  barBottom: 80,
  /** The screen's bottom edge. */
  bottom: phoneScreen.y + phoneScreen.h,
  corner: 24,
} as const;

type Frame = {
  size: { w: number; h: number; font: number };
  /** The widest the picture is drawn (a Tailwind class). */
  width: string;
};

/**
 * What differs between platforms around any drawing: its size. Its words (the callout's verb,
 * where the drawing is) are in the `screens` interface catalog, by platform.
 */
export const frames: Record<Platform, Frame> = {
  desktop: { size: desktopSize, width: 'max-w-[36rem]' },
  ios: { size: phoneSize, width: 'max-w-[17rem]' },
  android: { size: phoneSize, width: 'max-w-[17rem]' },
};
