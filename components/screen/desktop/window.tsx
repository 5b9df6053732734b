import { element } from '../elements';
import { desktopSize } from '../frames';
import { textWidth } from '../geometry';
import { Icon, type IconName } from '../icons';
import type { Layer } from '../scene';
import { Avatar, Label, Scrim } from '../shapes';

type NavEntry = { label: string; icon: IconName | null; name?: 'my-network' | 'me' };
const navEntries: readonly NavEntry[] = [
  { label: 'Home', icon: 'home' },
  { label: 'My Network', icon: 'people', name: 'my-network' },
  { label: 'Jobs', icon: 'jobs' },
  { label: 'Messaging', icon: 'chat' },
  { label: 'Notifications', icon: 'bell' },
  { label: 'Me ▾', icon: null, name: 'me' },
];
/** The page a window shows, by its item in the top bar. */
type Section = 'Home' | 'My Network';
const navX = (i: number) => 164 + 72 * i;
const navFont = 12;

/**
 * A browser window showing the site's top bar. Nav labels are small, as on the real page, so
 * they show only where the picture is drawn wide enough to read them (sm and up); the
 * callout names the one that matters at any width.
 */
export function browserWindow(active?: Section): Layer {
  const { w, h } = desktopSize;
  const search = element(
    { x: 16, y: 45, w: 108, h: 32 },
    <g>
      <rect x={16} y={45} width={108} height={32} rx={6} className="fill-surface" />
      <Icon name="search" x={24} y={52} size={18} />
      <Label x={48} y={61} size={13} text="Search" tone="muted" className="max-sm:hidden" />
    </g>,
    { name: 'search-box' },
  );
  const nav = navEntries.map(({ label, icon, name }, i) => {
    const cx = navX(i);
    const width = Math.round(Math.max(44, textWidth(label, navFont) + 10));
    const node = (
      <g>
        {icon ? (
          <Icon name={icon} x={cx - 11} y={42} size={22} tone={label === active ? 'fg' : 'muted'} />
        ) : (
          <Avatar cx={cx} cy={53} r={11} />
        )}
        <Label
          x={cx}
          y={75}
          size={navFont}
          text={label}
          tone="muted"
          anchor="middle"
          className="max-sm:hidden"
        />
      </g>
    );
    return element({ x: cx - width / 2, y: 39, w: width, h: 44 }, node, { name });
  });
  const current = navEntries.findIndex((entry) => entry.label === active);
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
          <circle key={cx} cx={cx} cy={18} r={5} className="fill-border" />
        ))}
        <rect x={76} y={9} width={408} height={18} rx={9} className="fill-bg" />
        <rect
          x={2}
          y={35}
          width={w - 4}
          height={51}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        {current >= 0 && (
          <rect x={navX(current) - 30} y={83} width={60} height={3} className="fill-fg" />
        )}
      </>
    ),
    elements: [search, ...nav],
  };
}

/** The dimmed page (not the browser's own bar) behind a dialog. */
export function pageScrim() {
  const { w, h } = desktopSize;
  return <Scrim box={{ x: 2, y: 35, w: w - 4, h: h - 37 }} corners={[0, 0, 11, 11]} />;
}
