import { element } from '../elements';
import { desktopSize } from '../frames';
import { textWidth, type Box } from '../geometry';
import { Icon } from '../icons';
import type { MenuEntry } from '../specs';
import type { Layer } from '../scene';
import { Bar, Label } from '../shapes';

const F = desktopSize.font;
const rowHeight = 36;

/**
 * The More menu on the web: a dropdown under its button (kept inside the page), an icon and
 * words per entry. The rings fit the entries' words and icons, not the whole row.
 */
export function dropdown(anchor: Box, entries: readonly MenuEntry[]): Layer {
  const width = Math.round(
    Math.max(...entries.map((entry) => textWidth(entry?.label ?? '', F))) + 64,
  );
  const x = Math.min(anchor.x, desktopSize.w - 24 - width);
  // Room above the first named entry for its callout, clear of the button.
  const y = anchor.y + anchor.h + 20;
  const rowY = (i: number) => y + 6 + rowHeight * i;
  return {
    shapes: (
      <>
        <rect
          x={x}
          y={y}
          width={width}
          height={12 + rowHeight * entries.length}
          rx={8}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        {entries.map((entry, i) =>
          entry ? null : <Bar key={i} x={x + 46} y={rowY(i) + 13} w={150} h={10} />,
        )}
      </>
    ),
    elements: entries.flatMap((entry, i) => {
      if (!entry) return [];
      const { label, icon, name, side } = entry;
      const node = (
        <g>
          <Icon name={icon} x={x + 12} y={rowY(i) + 7} size={22} />
          <Label x={x + 46} y={rowY(i) + rowHeight / 2} size={F} text={label} />
        </g>
      );
      const box = { x: x + 8, y: rowY(i) + 2, w: 44 + textWidth(label, F), h: rowHeight - 4 };
      return [element(box, node, { name, side })];
    }),
  };
}
