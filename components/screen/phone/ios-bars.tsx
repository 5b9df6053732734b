import { element } from '../elements';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import { barTitle } from '../layout';
import type { Layer } from '../scene';
import { Label, Rule, Shape, TextBlock } from '../shapes';
import type { Tab } from './idiom';
import { bottomCorners, SignalAndBattery, tabIcons, tabX } from './phone';

const { screen, full, content, barBottom, bottom, statusBottom } = phoneSize;
const middle = screen.x + screen.w / 2;
const barTop = bottom - 56;

export const iosStatusBar = (
  <>
    <Label x={30} y={22} size={12} text="9:41" bold />
    <rect x={middle - 28} y={14} width={56} height={17} rx={8.5} fill="#000" />
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
    // The bar covers the page scrolling under it.
    overlay: 'covers',
    shapes: (
      <>
        <Shape box={{ ...screen, y: barTop, h: 56 }} corners={bottomCorners} className="fill-bg" />
        <Rule x1={full.x} x2={full.x + full.w} y={barTop} />
        <rect x={tabX(current) - 16} y={barTop - 1} width={32} height={3} className="fill-fg" />
        <rect x={middle - 36} y={bottom - 12} width={72} height={4} rx={2} className="fill-fg" />
      </>
    ),
    elements: tabIcons.map(({ icon, name }, i) =>
      element(
        { x: tabX(i) - 20, y: barTop + 3, w: 40, h: 32 },
        <Icon
          name={icon}
          x={tabX(i) - 11}
          y={barTop + 7}
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
  const words = title ? barTitle(title, 15, content.w - 56) : null;
  const box = {
    x: content.x + 28,
    y: statusBottom + 2,
    w: content.w - 56,
    h: barBottom - statusBottom - 4,
  };
  return {
    shapes: (
      <>
        <Icon name="back" x={screen.x + 4} y={46} size={22} tone="accent" />
        {words ? (
          <TextBlock box={box} words={words} anchor="middle" />
        ) : (
          <rect
            x={screen.x + 38}
            y={44}
            width={screen.w - 50}
            height={26}
            rx={13}
            className="fill-surface"
          />
        )}
        <Rule x1={full.x} x2={full.x + full.w} y={barBottom} />
      </>
    ),
  };
}
