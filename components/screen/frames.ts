import type { Platform } from '@/lib/platform/platforms';

/** Desktop pictures: viewBox size and text size (12 px or more when drawn 288 px wide). */
export const desktopSize = { w: 560, h: 420, font: 24 } as const;

/** Phone pictures: viewBox size, text size (12 px or more at 17rem wide) and the screen's edges. */
export const phoneSize = {
  w: 240,
  h: 420,
  font: 13,
  screen: { x: 8, y: 8, w: 224, h: 404 },
} as const;

type Frame = {
  size: { w: number; h: number; font: number };
  /** The widest the picture is drawn (a Tailwind class). */
  width: string;
  /** What the person does to the thing ringed: the first word of the callout. */
  verb: string;
  /** Where the drawing is, in its text alternative. */
  where: string;
};

/** What differs between platforms around any drawing: its size, its verb, its setting. */
export const frames: Record<Platform, Frame> = {
  desktop: { size: desktopSize, width: 'max-w-[36rem]', verb: 'Click', where: 'in a web browser' },
  ios: { size: phoneSize, width: 'max-w-[17rem]', verb: 'Tap', where: 'in the iPhone app' },
  android: { size: phoneSize, width: 'max-w-[17rem]', verb: 'Tap', where: 'in the Android app' },
};
