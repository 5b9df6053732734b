import type { Platform } from '@/lib/platform/platforms';
import { desktop } from './browser-window';
import { textWidth, type Box } from './geometry';
import { Icon, type IconName } from './icons';
import { PhoneScrim, screenCorners } from './phone';
import { Bar, Label, Rule, Shape } from './shapes';
import type { Overlay } from './types';

const F = desktop.font;

// The first row stands for the menu's other entries: a placeholder, so a callout may cover it.
const menuItems: readonly [string | null, IconName][] = [
  [null, 'share'],
  ['Remove connection', 'unlink'],
  ['Block', 'block'],
];
const longest = (size: number) =>
  Math.max(...menuItems.map(([label]) => textWidth(label ?? '', size)));

/**
 * The More menu on a profile: a dropdown under the button on the web, an action sheet on iOS,
 * a bottom sheet on Android. The rings fit the entries' words (and icons), not the whole row.
 */
export function moreMenu(platform: Platform, anchor: Box): Overlay<'remove' | 'block'> {
  if (platform === 'desktop') {
    const x = anchor.x;
    // Room above "Remove connection" for its callout, clear of the More button.
    const y = anchor.y + anchor.h + 15;
    const rowY = (i: number) => y + 6 + 36 * i;
    const item = (i: number): Box => ({
      x: x + 8,
      y: rowY(i) + 2,
      w: 44 + textWidth(menuItems[i]![0] ?? '', F),
      h: 32,
    });
    const node = (
      <g>
        <rect
          x={x}
          y={y}
          width={Math.round(longest(F) + 64)}
          height={120}
          rx={8}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        {menuItems.map(([label, icon], i) => (
          <g key={icon}>
            <Icon name={icon} x={x + 12} y={rowY(i) + 7} size={22} />
            {label ? (
              <Label x={x + 46} y={rowY(i) + 18} size={F} text={label} />
            ) : (
              <Bar x={x + 46} y={rowY(i) + 13} w={150} h={10} />
            )}
          </g>
        ))}
      </g>
    );
    return { node, remove: item(1), block: item(2) };
  }
  if (platform === 'ios') {
    const rowY = (i: number) => 222 + 42 * i;
    const item = (i: number): Box => {
      const w = textWidth(menuItems[i]![0] ?? '', 15) + 20;
      return { x: 120 - w / 2, y: rowY(i) + 6, w, h: 30 };
    };
    const node = (
      <g>
        <PhoneScrim />
        <rect
          x={16}
          y={222}
          width={208}
          height={126}
          rx={13}
          className="fill-surface stroke-border"
        />
        {menuItems.map(([label, icon], i) => (
          <g key={icon}>
            {i > 0 && <Rule x1={16} x2={224} y={rowY(i)} />}
            {label ? (
              <Label
                x={120}
                y={rowY(i) + 21}
                size={15}
                text={label}
                tone="accent"
                anchor="middle"
              />
            ) : (
              <Bar x={70} y={rowY(i) + 17} w={100} h={8} />
            )}
          </g>
        ))}
        <rect x={16} y={356} width={208} height={44} rx={13} className="fill-bg stroke-border" />
        <Label x={120} y={378} size={15} text="Cancel" tone="accent" bold anchor="middle" />
      </g>
    );
    return { node, remove: item(1), block: item(2) };
  }
  const rowY = (i: number) => 262 + 44 * i;
  const item = (i: number): Box => ({
    x: 18,
    y: rowY(i) + 6,
    w: 48 + textWidth(menuItems[i]![0] ?? '', 14),
    h: 32,
  });
  const node = (
    <g>
      <PhoneScrim />
      <Shape
        box={{ x: 8, y: 236, w: 224, h: 176 }}
        corners={screenCorners}
        className="fill-surface stroke-border"
      />
      <rect x={104} y={246} width={32} height={4} rx={2} className="fill-muted" />
      {menuItems.map(([label, icon], i) => (
        <g key={icon}>
          <Icon name={icon} x={24} y={rowY(i) + 11} size={22} tone="fg" />
          {label ? (
            <Label x={58} y={rowY(i) + 22} size={14} text={label} />
          ) : (
            <Bar x={58} y={rowY(i) + 18} w={100} h={8} />
          )}
        </g>
      ))}
    </g>
  );
  return { node, remove: item(1), block: item(2) };
}
