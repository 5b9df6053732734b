import { button, element, type ButtonEntry, type Naming } from '../elements';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import { flow, pill } from '../layout';
import type { Person } from '../people';
import type { Element, Layer } from '../scene';
import { Paragraph } from '../filler';
import { Avatar, Label, Rule } from '../shapes';

const { font: F, content, full, barBottom } = phoneSize;
const row = { y: barBottom + 142, h: 30, gap: 8 };

/** The round More (…) button that ends a profile's row of buttons. */
function moreDots(at: { x: number; y: number }, naming: Naming): Element {
  const r = row.h / 2;
  const box = { x: at.x, y: at.y, w: row.h, h: row.h };
  const dots = (
    <g>
      <circle
        cx={box.x + r}
        cy={box.y + r}
        r={r - 0.75}
        className="fill-bg stroke-muted"
        strokeWidth={1.5}
      />
      <Icon name="dots" x={box.x + r - 9} y={box.y + r - 9} size={18} tone="fg" weight={3.5} />
    </g>
  );
  return element(box, dots, naming);
}

/**
 * A profile in the app: cover, photo, name, headline, its buttons (wrapping onto a second line
 * when their words need it; with `more`, ending in a round More (…) button), the start of About.
 */
export function profilePage(
  person: Person,
  entries: readonly ButtonEntry[],
  more?: Naming,
): { layer: Layer; buttons: Element[] } {
  const pills = entries.map((entry) =>
    pill(entry.label, F, { x: 0, y: 0, h: row.h, maxW: content.w }),
  );
  const sizes = [...pills.map((p) => p.box), ...(more ? [{ w: row.h, h: row.h }] : [])];
  const { boxes, bottom } = flow(sizes, content, row);
  const placed = entries.map(({ kind, name, side }, i) =>
    button({ ...pills[i]!, box: boxes[i]! }, { kind, name, side }),
  );
  const all = more ? [...placed, moreDots(boxes.at(-1)!, more)] : placed;
  const rule = bottom + 16;
  const layer: Layer = {
    shapes: (
      <>
        <rect
          x={full.x}
          y={barBottom + 1}
          width={full.w}
          height={54}
          className="fill-accent-soft"
        />
        <Avatar cx={content.x + 32} cy={barBottom + 54} r={32} ring={3} />
        <Label x={content.x} y={barBottom + 104} size={15} text={person.name} bold />
        <Label x={content.x} y={barBottom + 124} size={12} text={person.headline} tone="muted" />
        <Rule x1={full.x} x2={full.x + full.w} y={rule} />
        <Paragraph box={{ ...content, y: rule + 16, h: 48 }} lines={3} />
      </>
    ),
    elements: all,
  };
  return { layer, buttons: all };
}
