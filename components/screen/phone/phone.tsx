import { phoneSize } from '../frames';
import type { IconName } from '../icons';
import type { Drawing, Layer } from '../scene';
import { Scrim } from '../shapes';
import type { PhoneIdiom, Tab } from './idiom';

export const screenCorners = [24, 24, 24, 24] as const;
/** The bottom corners only: a bar or a sheet along the screen's bottom edge. */
export const bottomCorners = [0, 0, 24, 24] as const;

/** The bottom bar's icons, left to right, and where each tab's middle is. */
export const tabIcons: readonly { icon: IconName; tab?: Tab; name?: 'my-network' }[] = [
  { icon: 'home', tab: 'home' },
  { icon: 'people', tab: 'my-network', name: 'my-network' },
  { icon: 'post' },
  { icon: 'bell' },
  { icon: 'jobs' },
];
const { screen } = phoneSize;
/** Each tab's middle: five equal slots across the screen. */
export const tabX = (i: number) => screen.x + (screen.w / tabIcons.length) * (i + 0.5);

/** A phone in its idiom, showing `content` (the last may be its bottom bar, `idiom.tabBar`). */
export function phoneScreen(idiom: PhoneIdiom, ...content: Layer[]): Drawing {
  const body: Layer = {
    shapes: (
      <>
        <rect
          x={1}
          y={1}
          width={phoneSize.w - 2}
          height={phoneSize.h - 2}
          rx={32}
          className="fill-surface stroke-border"
          strokeWidth={2}
        />
        <rect {...rectOf(screen)} rx={phoneSize.corner} className="fill-bg" />
        {idiom.statusBar}
      </>
    ),
  };
  return [body, ...content];
}

const rectOf = ({ x, y, w, h }: { x: number; y: number; w: number; h: number }) => ({
  x,
  y,
  width: w,
  height: h,
});

/** The dimmed screen behind an alert or a sheet. */
export function PhoneScrim() {
  return <Scrim box={phoneSize.screen} corners={screenCorners} />;
}

/** Signal and battery, the same on both platforms. */
export function SignalAndBattery() {
  return (
    <>
      <path
        d="M183 26v-3M187 26v-5M191 26v-7"
        className="stroke-fg"
        strokeWidth={2}
        strokeLinecap="round"
      />
      <rect
        x={198}
        y={17}
        width={18}
        height={10}
        rx={3}
        fill="none"
        className="stroke-fg"
        strokeWidth={1.3}
      />
      <rect x={200} y={19} width={11} height={6} rx={1.5} className="fill-fg" />
    </>
  );
}
