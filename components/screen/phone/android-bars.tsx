import { element } from '../elements';
import { Icon } from '../icons';
import type { Layer } from '../scene';
import { Label, Rule, Shape } from '../shapes';
import type { Tab } from './idiom';
import { SignalAndBattery, tabIcons, tabLabels, tabX } from './phone';

export const androidStatusBar = (
  <>
    <Label x={24} y={22} size={12} text="9:41" bold />
    <circle cx={120} cy={22} r={5.5} fill="#000" />
    <SignalAndBattery />
  </>
);

/**
 * Material navigation: a tinted bar, a pill behind the current icon and that tab's label only
 * (five labels can't fit at a readable size on a drawing this small; the callout names the tab).
 */
export function androidNavBar(active: Tab): Layer {
  const current = tabIcons.findIndex(({ tab }) => tab === active);
  const cx = tabX(current);
  return {
    shapes: (
      <>
        <Shape
          box={{ x: 8, y: 346, w: 224, h: 66 }}
          corners={[0, 0, 24, 24]}
          className="fill-surface"
        />
        <rect x={cx - 24} y={352} width={48} height={28} rx={14} className="fill-accent-soft" />
        <Label x={cx} y={393} size={12} text={tabLabels[active]} bold anchor="middle" />
      </>
    ),
    elements: tabIcons.map(({ icon, name }, i) =>
      element(
        { x: tabX(i) - 25, y: 350, w: 50, h: 34 },
        <Icon
          name={icon}
          x={tabX(i) - 11}
          y={355}
          size={22}
          tone={i === current ? 'fg' : 'muted'}
        />,
        { name },
      ),
    ),
  };
}

/** A pushed page's bar: the back arrow, then a leading title or a search bar. */
export function androidTopBar(title?: string): Layer {
  return {
    shapes: (
      <>
        <Icon name="arrow" x={16} y={46} size={22} tone="fg" />
        {title ? (
          <Label x={50} y={57} size={15} text={title} bold />
        ) : (
          <rect x={46} y={44} width={174} height={26} rx={13} className="fill-surface" />
        )}
        <Rule x1={8} x2={232} y={80} />
      </>
    ),
  };
}
