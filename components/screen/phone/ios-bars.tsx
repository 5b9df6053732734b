import { element } from '../elements';
import { Icon } from '../icons';
import type { Layer } from '../scene';
import { Label, Rule, Shape } from '../shapes';
import type { Tab } from './idiom';
import { SignalAndBattery, tabIcons, tabX } from './phone';

export const iosStatusBar = (
  <>
    <Label x={30} y={22} size={12} text="9:41" bold />
    <rect x={92} y={14} width={56} height={17} rx={8.5} fill="#000" />
    <SignalAndBattery />
  </>
);

/**
 * An iOS tab bar: hairline, a marker over the current tab, the home indicator. Five labels
 * can't fit at a readable size on a drawing this small, so the callout names the tab instead.
 */
export function iosTabBar(active: Tab): Layer {
  const current = tabIcons.findIndex(({ tab }) => tab === active);
  return {
    shapes: (
      <>
        <Shape box={{ x: 8, y: 356, w: 224, h: 56 }} corners={[0, 0, 24, 24]} className="fill-bg" />
        <Rule x1={8} x2={232} y={356} />
        <rect x={tabX(current) - 16} y={355} width={32} height={3} className="fill-fg" />
        <rect x={84} y={400} width={72} height={4} rx={2} className="fill-fg" />
      </>
    ),
    elements: tabIcons.map(({ icon, name }, i) =>
      element(
        { x: tabX(i) - 20, y: 359, w: 40, h: 32 },
        <Icon
          name={icon}
          x={tabX(i) - 11}
          y={363}
          size={22}
          tone={i === current ? 'fg' : 'muted'}
        />,
        { name },
      ),
    ),
  };
}

/** A pushed page's bar: the back chevron, then a centred title or a search bar. */
export function iosPageBar(title?: string): Layer {
  return {
    shapes: (
      <>
        <Icon name="back" x={12} y={46} size={22} tone="accent" />
        {title ? (
          <Label x={120} y={57} size={15} text={title} bold anchor="middle" />
        ) : (
          <rect x={46} y={44} width={174} height={26} rx={13} className="fill-surface" />
        )}
        <Rule x1={8} x2={232} y={80} />
      </>
    ),
  };
}
