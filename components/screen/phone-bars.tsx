import type { Box } from './geometry';
import { Icon, type IconName } from './icons';
import type { Os, Tab } from './phone';
import { Avatar, Label, Rule, Shape } from './shapes';

const tabs: readonly IconName[] = ['home', 'people', 'post', 'bell', 'jobs'];
const tabIndex: Record<Tab, number> = { home: 0, 'my-network': 1 };
const tabLabels: Record<Tab, string> = { home: 'Home', 'my-network': 'My Network' };
const tabX = (i: number) => 30.4 + 44.8 * i;

export function tabBox(os: Os, tab: Tab): Box {
  const cx = tabX(tabIndex[tab]);
  return os === 'ios' ? { x: cx - 20, y: 359, w: 40, h: 32 } : { x: cx - 25, y: 350, w: 50, h: 34 };
}

/**
 * The bottom bar: an iOS tab bar (hairline, top marker on the current tab, home indicator) or
 * Material navigation (tinted bar, pill behind the current icon, its label only). Five labels
 * can't fit at a readable size on a drawing this small, so the callout names the tab instead.
 */
export function BottomBar({ os, active }: { os: Os; active: Tab }) {
  const ios = os === 'ios';
  const cx = tabX(tabIndex[active]);
  return (
    <g>
      <Shape
        box={ios ? { x: 8, y: 356, w: 224, h: 56 } : { x: 8, y: 346, w: 224, h: 66 }}
        corners={[0, 0, 24, 24]}
        className={ios ? 'fill-bg' : 'fill-surface'}
      />
      {ios ? (
        <>
          <Rule x1={8} x2={232} y={356} />
          <rect x={cx - 16} y={355} width={32} height={3} className="fill-fg" />
          <rect x={84} y={400} width={72} height={4} rx={2} className="fill-fg" />
        </>
      ) : (
        <>
          <rect x={cx - 24} y={352} width={48} height={28} rx={14} className="fill-accent-soft" />
          <Label x={cx} y={393} size={12} text={tabLabels[active]} bold anchor="middle" />
        </>
      )}
      {tabs.map((icon, i) => (
        <Icon
          key={icon}
          name={icon}
          x={tabX(i) - 11}
          y={ios ? 363 : 355}
          size={22}
          tone={i === tabIndex[active] ? 'fg' : 'muted'}
        />
      ))}
    </g>
  );
}

export const meBox: Box = { x: 17, y: 44, w: 26, h: 26 };
export const phoneSearchBox: Box = { x: 52, y: 44, w: 144, h: 26 };

/** The app's top bar on its main tabs: your photo, the search bar, messaging. */
export function AppTopBar() {
  return (
    <g>
      <Avatar cx={30} cy={57} r={13} />
      <rect x={52} y={44} width={144} height={26} rx={13} className="fill-surface" />
      <Icon name="search" x={60} y={49} size={16} />
      <Label x={82} y={57} size={13} text="Search" tone="muted" />
      <Icon name="chat" x={204} y={46} size={22} />
      <Rule x1={8} x2={232} y={80} />
    </g>
  );
}

/** A pushed page's bar: back, then a title (centred on iOS, leading on Android) or a search bar. */
export function PageBar({ os, title }: { os: Os; title?: string }) {
  const ios = os === 'ios';
  return (
    <g>
      <Icon
        name={ios ? 'back' : 'arrow'}
        x={ios ? 12 : 16}
        y={46}
        size={22}
        tone={ios ? 'accent' : 'fg'}
      />
      {title ? (
        <Label
          x={ios ? 120 : 50}
          y={57}
          size={15}
          text={title}
          bold
          anchor={ios ? 'middle' : undefined}
        />
      ) : (
        <rect x={46} y={44} width={174} height={26} rx={13} className="fill-surface" />
      )}
      <Rule x1={8} x2={232} y={80} />
    </g>
  );
}
