import { element } from '../elements';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import { barTitle, setWords } from '../layout';
import type { Say } from '../say';
import type { Layer } from '../scene';
import { Label, Rule, Shape, TextBlock } from '../shapes';
import type { Tab } from './idiom';
import { bottomCorners, SignalAndBattery, tabIcons, tabX } from './phone';

const { screen, full, content, barBottom, bottom, statusBottom } = phoneSize;
const barTop = bottom - 66;

export const androidStatusBar = (
  <>
    <Label x={24} y={22} size={12} text="9:41" bold />
    <circle cx={screen.x + screen.w / 2} cy={22} r={5.5} fill="#000" />
    <SignalAndBattery />
  </>
);

const tabKeys = { home: 'home', 'my-network': 'my-network' } as const;

/**
 * Material navigation: a tinted bar, a pill behind the current icon and that tab's label only
 * (five labels can't fit at a readable size on a drawing this small; the callout names the tab).
 * The label wraps within the screen when it is long.
 */
export function androidNavBar(active: Tab, say: Say): Layer {
  const current = tabIcons.findIndex(({ tab }) => tab === active);
  const cx = tabX(current);
  const words = setWords(say(tabKeys[active]), 12, content.w, true);
  const labelW = Math.min(content.w, words.w + 8);
  const labelX = Math.min(Math.max(cx - labelW / 2, content.x), content.x + content.w - labelW);
  const top = Math.min(barTop, bottom - 52 - words.h);
  return {
    // The bar covers the page scrolling under it.
    overlay: 'covers',
    shapes: (
      <>
        <Shape
          box={{ ...screen, y: top, h: bottom - top }}
          corners={bottomCorners}
          className="fill-surface"
        />
        <rect x={cx - 24} y={top + 6} width={48} height={28} rx={14} className="fill-accent-soft" />
        <TextBlock
          box={{ x: labelX, y: top + 38, w: labelW, h: words.h }}
          words={words}
          anchor="middle"
        />
      </>
    ),
    elements: tabIcons.map(({ icon, name }, i) =>
      element(
        { x: tabX(i) - 25, y: top + 4, w: 50, h: 34 },
        <Icon
          name={icon}
          x={tabX(i) - 11}
          y={top + 9}
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
  const words = title ? barTitle(title, 15, content.w - 30) : null;
  const box = {
    x: content.x + 30,
    y: statusBottom + 2,
    w: content.w - 30,
    h: barBottom - statusBottom - 4,
  };
  return {
    shapes: (
      <>
        <Icon name="arrow" x={content.x - 4} y={46} size={22} tone="fg" />
        {words ? (
          <TextBlock box={box} words={words} />
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
