import type { ReactNode } from 'react';
import { BottomBar } from './phone-bars';
import { Label, Scrim } from './shapes';

export type Os = 'ios' | 'android';
export type Tab = 'home' | 'my-network';

/** Phone pictures: viewBox size, text size (12 px or more at 17rem wide) and the screen's edges. */
export const phone = {
  w: 240,
  h: 420,
  font: 13,
  screen: { x: 8, y: 8, w: 224, h: 404 },
} as const;
export const screenCorners = [24, 24, 24, 24] as const;

/** A phone with its status bar; `tab` adds the bottom bar with that tab current. */
export function Phone({ os, tab, children }: { os: Os; tab?: Tab; children: ReactNode }) {
  return (
    <>
      <rect
        x={1}
        y={1}
        width={238}
        height={418}
        rx={32}
        className="fill-surface stroke-border"
        strokeWidth={2}
      />
      <rect x={8} y={8} width={224} height={404} rx={24} className="fill-bg" />
      <Label x={os === 'ios' ? 30 : 24} y={22} size={12} text="9:41" bold />
      {os === 'ios' ? (
        <rect x={92} y={14} width={56} height={17} rx={8.5} fill="#000" />
      ) : (
        <circle cx={120} cy={22} r={5.5} fill="#000" />
      )}
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
      {children}
      {tab && <BottomBar os={os} active={tab} />}
    </>
  );
}

/** The dimmed screen behind an alert or a sheet. */
export function PhoneScrim() {
  return <Scrim box={phone.screen} corners={screenCorners} />;
}
