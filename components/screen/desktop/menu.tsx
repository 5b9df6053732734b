import { element } from '../elements';
import { desktopSize } from '../frames';
import type { Box } from '../geometry';
import { Icon } from '../icons';
import { bottomOf, rightOf, stackRows } from '../layout';
import type { MenuEntry } from '../specs';
import type { Layer } from '../scene';
import { Bar, TextBlock } from '../shapes';

const { font: F, page, content, h: windowH } = desktopSize;
const lead = 46;
// Words sit 2 units in from a row's edges; a row of one line stays 36 tall.
const pad = 2;
const gap = 20;

/**
 * The More menu on the web: a dropdown under its button (above it when there is no room below),
 * kept inside the page, an icon and words per entry. The rings fit the entries' words and icons.
 */
export function dropdown(anchor: Box, entries: readonly MenuEntry[]): Layer {
  const probe = stackRows(
    entries.map((entry) => entry?.label ?? null),
    F,
    { x: 0, w: content.w },
    { y: 0, rowH: 36, lead, pad },
  );
  const width = Math.min(
    content.w,
    Math.max(200, ...probe.rows.map((row) => row.words.w + lead + 18)),
  );
  const height = probe.bottom + 12;
  const x = Math.min(anchor.x, rightOf(page) - 12 - width);
  const below = bottomOf(anchor) + gap;
  const y = below + height <= windowH - 8 ? below : Math.max(page.y + 4, anchor.y - gap - height);
  const { rows } = stackRows(
    entries.map((entry) => entry?.label ?? null),
    F,
    { x, w: width },
    { y: y + 6, rowH: 36, lead, pad },
  );
  return {
    overlay: 'covers',
    shapes: (
      <>
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={8}
          className="fill-bg stroke-border"
          strokeWidth={1.5}
        />
        {rows.map(({ box }, i) =>
          entries[i] ? null : (
            <Bar
              key={i}
              x={x + lead}
              y={box.y + box.h / 2 - 5}
              w={Math.min(150, width - lead - 12)}
              h={10}
            />
          ),
        )}
      </>
    ),
    elements: entries.flatMap((entry, i) => {
      if (!entry) return [];
      const { box, words } = rows[i]!;
      const { icon, name, side } = entry;
      const node = (
        <g>
          <Icon name={icon} x={x + 12} y={box.y + box.h / 2 - 11} size={22} />
          <TextBlock box={box} words={words} pad={lead} />
        </g>
      );
      const ring = { x: x + 8, y: box.y + 2, w: lead - 2 + words.w, h: box.h - 4 };
      return [element(ring, node, { name, side })];
    }),
  };
}
