import { element } from '../elements';
import { desktopSize } from '../frames';
import { textWidth } from '../geometry';
import { Icon, type IconName } from '../icons';
import { rightOf, shareRow } from '../layout';
import type { Say } from '../say';
import type { Layer } from '../scene';
import { Avatar, Label, Scrim, TextBlock } from '../shapes';

type NavEntry = { key: 'home' | 'my-network' | 'jobs' | 'messaging' | 'notifications' | 'me' };
const navIcons: Record<NavEntry['key'], IconName | null> = {
  home: 'home',
  'my-network': 'people',
  jobs: 'jobs',
  messaging: 'chat',
  notifications: 'bell',
  me: null,
};
const named = { 'my-network': 'my-network', me: 'me' } as const;
/** The page a window shows, by its item in the top bar. */
type Section = 'home' | 'my-network';
const navFont = 12;
const searchFont = 13;
const { w, h, chromeBottom, barBottom } = desktopSize;
const bar = { y: chromeBottom + 4, h: barBottom - chromeBottom - 8 };

/** The search box at the top left: a magnifier and the word, as wide as the word needs. */
function searchBox(say: Say) {
  const word = say('search');
  const box = {
    x: 16,
    y: bar.y + 6,
    w: Math.min(160, Math.ceil(textWidth(word, searchFont)) + 44),
    h: 32,
  };
  return element(
    box,
    <g>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} className="fill-surface" />
      <Icon name="search" x={box.x + 8} y={box.y + 7} size={18} />
      <Label
        x={box.x + 32}
        y={box.y + box.h / 2}
        size={searchFont}
        text={word}
        tone="muted"
        className="max-sm:hidden"
      />
    </g>,
    { name: 'search-box' },
  );
}

/**
 * A browser window showing the site's top bar. Nav labels are small, as on the real page, so
 * they show only where the picture is drawn wide enough to read them (sm and up), and only when
 * every one fits under its icon; else the bar is icons only, as LinkedIn's is on a narrow
 * window. The callout names the one that matters either way.
 */
export function browserWindow(say: Say, active?: Section): Layer {
  const search = searchBox(say);
  const keys = Object.keys(navIcons) as NavEntry['key'][];
  const texts = keys.map((key) => (key === 'me' ? `${say('me')} ▾` : say(key)));
  const span = { x: rightOf(search.box) + 12, w: w - 12 - rightOf(search.box) - 12 };
  const { slots, fits } = shareRow(texts, navFont, span, { y: bar.y, h: bar.h, pad: 4 });
  const nav = keys.map((key, i) => {
    const { box, words } = slots[i]!;
    const cx = box.x + box.w / 2;
    const icon = navIcons[key];
    const node = (
      <g>
        {icon ? (
          <Icon
            name={icon}
            x={cx - 11}
            y={bar.y + 3}
            size={22}
            tone={key === active ? 'fg' : 'muted'}
          />
        ) : (
          <Avatar cx={cx} cy={bar.y + 14} r={11} />
        )}
        {fits && (
          <TextBlock
            box={{ ...box, y: bar.y + 30, h: 12 }}
            words={words}
            tone="muted"
            anchor="middle"
            className="max-sm:hidden"
          />
        )}
      </g>
    );
    // The ring hugs the icon and its words, not the whole slot.
    const ringW = Math.max(44, Math.min(box.w, words.w + 10));
    const slot = { x: cx - ringW / 2, y: bar.y, w: ringW, h: bar.h };
    return element(slot, node, key in named ? { name: named[key as keyof typeof named] } : {});
  });
  const current = keys.findIndex((key) => key === active);
  const underline = slots[current]?.box;
  return {
    shapes: (
      <>
        <rect
          x={1}
          y={1}
          width={w - 2}
          height={h - 2}
          rx={12}
          className="fill-surface stroke-border"
          strokeWidth={2}
        />
        {[20, 38, 56].map((cx) => (
          <circle key={cx} cx={cx} cy={chromeBottom / 2} r={5} className="fill-border" />
        ))}
        <rect x={76} y={9} width={w - 152} height={18} rx={9} className="fill-bg" />
        <rect
          x={2}
          y={chromeBottom}
          width={w - 4}
          height={barBottom - chromeBottom}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        {underline && (
          <rect
            x={underline.x + underline.w / 2 - 30}
            y={barBottom - 3}
            width={60}
            height={3}
            className="fill-fg"
          />
        )}
      </>
    ),
    elements: [search, ...nav],
  };
}

/** The dimmed page (not the browser's own bar) behind a dialog. */
export function pageScrim() {
  return (
    <Scrim
      box={{ x: 2, y: chromeBottom, w: w - 4, h: h - chromeBottom - 2 }}
      corners={[0, 0, 11, 11]}
    />
  );
}
