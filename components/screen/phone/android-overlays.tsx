import { button, element } from '../elements';
import { Button } from '../button';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import { pill, setWords, stackRows } from '../layout';
import type { ConfirmSpec, MenuEntry } from '../specs';
import type { Layer } from '../scene';
import { Bar, Shape, TextBlock } from '../shapes';
import { bottomCorners, PhoneScrim } from './phone';

const { content, screen, full, bottom, font: F } = phoneSize;
const panel = { x: content.x, w: content.w };
const pad = 20;

/** A Material dialog: a leading title, its message, text buttons at the end (stacked when long). */
export function materialDialog({ title, message, cancel, confirm, name }: ConfirmSpec): Layer {
  const inner = panel.w - 2 * pad;
  const heading = title ? setWords(title, 15, inner) : null;
  const body = message ? setWords(message, 12, inner) : null;
  const headH = heading?.h ?? 12;
  const bodyH = body?.h ?? 26;
  const buttonsAt = 24 + headH + 10 + bodyH + 14;
  const right = panel.x + panel.w - 10;
  const okAt = pill(confirm, F, { right, y: 0, h: 32, maxW: panel.w - 20 });
  const noBeside = pill(cancel, F, { right: okAt.box.x - 2, y: 0, h: 32, maxW: panel.w - 20 });
  const stacked = noBeside.box.x < panel.x + 10;
  const noAt = stacked
    ? pill(cancel, F, { right, y: okAt.box.h + 4, h: 32, maxW: panel.w - 20 })
    : noBeside;
  const height = buttonsAt + Math.max(okAt.box.h, noAt.box.y + noAt.box.h) + 14;
  const top = Math.round(screen.y + (screen.h - height) / 2);
  const down = (p: typeof okAt) => ({ ...p, box: { ...p.box, y: p.box.y + top + buttonsAt } });
  return {
    overlay: 'dims',
    shapes: (
      <>
        <PhoneScrim />
        <rect
          x={panel.x}
          y={top}
          width={panel.w}
          height={height}
          rx={24}
          className="fill-surface stroke-border"
        />
        {heading ? (
          <TextBlock box={{ ...panel, y: top + 20, h: heading.h }} words={heading} pad={pad} />
        ) : (
          <Bar x={panel.x + pad} y={top + 22} w={110} h={9} strong />
        )}
        {body ? (
          <TextBlock
            box={{ ...panel, y: top + 30 + headH, h: body.h }}
            words={body}
            pad={pad}
            tone="muted"
          />
        ) : (
          <>
            <Bar x={panel.x + pad} y={top + 34 + headH} w={150} h={7} />
            <Bar x={panel.x + pad} y={top + 47 + headH} w={116} h={7} />
          </>
        )}
        <Button fitted={down(noAt)} kind="text" />
      </>
    ),
    elements: [button(down(okAt), { kind: 'text', name, side: 'below' })],
  };
}

const lead = 40;

/** A Material bottom sheet: a drag handle, then an icon and words per entry, wrapping when long. */
export function bottomSheet(entries: readonly MenuEntry[]): Layer {
  const texts = entries.map((entry) => entry?.label ?? null);
  const span = { x: content.x - 4, w: content.w + 4 };
  const probe = stackRows(texts, 14, span, { y: 0, rowH: 44, lead, pad: 8 });
  const top = bottom - 18 - probe.bottom - 26;
  const { rows } = stackRows(texts, 14, span, { y: top + 26, rowH: 44, lead, pad: 8 });
  return {
    overlay: 'dims',
    shapes: (
      <>
        <PhoneScrim />
        <Shape
          box={{ ...screen, y: top, h: bottom - top }}
          corners={[24, 24, ...bottomCorners.slice(2)]}
          className="fill-surface stroke-border"
        />
        <rect
          x={full.x + full.w / 2 - 16}
          y={top + 10}
          width={32}
          height={4}
          rx={2}
          className="fill-muted"
        />
        {rows.map(({ box }, i) =>
          entries[i] ? null : (
            <Bar key={i} x={box.x + lead} y={box.y + box.h / 2 - 4} w={100} h={8} />
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
          <Icon name={icon} x={box.x + 6} y={box.y + box.h / 2 - 11} size={22} tone="fg" />
          <TextBlock box={box} words={words} pad={lead} />
        </g>
      );
      const ring = { x: box.x, y: box.y + 6, w: lead + 8 + words.w, h: box.h - 12 };
      return [element(ring, node, { name, side })];
    }),
  };
}
