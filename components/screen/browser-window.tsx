import type { ReactNode } from 'react';
import { textWidth, type Box } from './geometry';
import { Icon, type IconName } from './icons';
import { Avatar, Label, Scrim } from './shapes';

/** Desktop pictures: viewBox size and text size (12 px or more when drawn 288 px wide). */
export const desktop = { w: 560, h: 368, font: 24 } as const;

const navItems: readonly [string, IconName | null][] = [
  ['Home', 'home'],
  ['My Network', 'people'],
  ['Jobs', 'jobs'],
  ['Messaging', 'chat'],
  ['Notifications', 'bell'],
  ['Me ▾', null],
];
export type NavItem = 'home' | 'my-network' | 'me';
const navIndex: Record<NavItem, number> = { home: 0, 'my-network': 1, me: 5 };
const navX = (i: number) => 164 + 72 * i;
const navFont = 12;

/** An item of the top bar: its icon and (where shown) its label. */
export function navItemBox(item: NavItem): Box {
  const i = navIndex[item];
  const w = Math.round(Math.max(44, textWidth(navItems[i]![0], navFont) + 10));
  return { x: navX(i) - w / 2, y: 39, w, h: 44 };
}

export const searchBox: Box = { x: 16, y: 45, w: 108, h: 32 };

/**
 * A browser window showing the site's top bar. Nav labels are small, as on the real page, so
 * they show only where the picture is drawn wide enough to read them (sm and up); the
 * callout names the one that matters at any width.
 */
export function BrowserWindow({ active, children }: { active?: NavItem; children: ReactNode }) {
  return (
    <>
      <rect
        x={1}
        y={1}
        width={558}
        height={desktop.h - 2}
        rx={12}
        className="fill-surface stroke-border"
        strokeWidth={2}
      />
      {[20, 38, 56].map((cx) => (
        <circle key={cx} cx={cx} cy={18} r={5} className="fill-border" />
      ))}
      <rect x={76} y={9} width={408} height={18} rx={9} className="fill-bg" />
      <rect
        x={2}
        y={35}
        width={556}
        height={51}
        className="fill-bg stroke-border"
        strokeWidth={1.5}
      />
      <rect x={16} y={45} width={108} height={32} rx={6} className="fill-surface" />
      <Icon name="search" x={24} y={52} size={18} />
      <Label x={48} y={61} size={13} text="Search" tone="muted" className="max-sm:hidden" />
      {navItems.map(([label, icon], i) => (
        <g key={label}>
          {icon ? (
            <Icon
              name={icon}
              x={navX(i) - 11}
              y={42}
              size={22}
              tone={active && navIndex[active] === i ? 'fg' : 'muted'}
            />
          ) : (
            <Avatar cx={navX(i)} cy={53} r={11} />
          )}
          <Label
            x={navX(i)}
            y={75}
            size={navFont}
            text={label}
            tone="muted"
            anchor="middle"
            className="max-sm:hidden"
          />
        </g>
      ))}
      {active && (
        <rect x={navX(navIndex[active]) - 30} y={83} width={60} height={3} className="fill-fg" />
      )}
      {children}
    </>
  );
}

/** The dimmed page (not the browser's own bar) behind a dialog. */
export function PageScrim() {
  return <Scrim box={{ x: 2, y: 35, w: 556, h: desktop.h - 37 }} corners={[0, 0, 11, 11]} />;
}
