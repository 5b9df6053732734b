import { element, elementsAt, type ButtonEntry } from '../elements';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import type { Person } from '../people';
import type { Element, Layer } from '../scene';
import { Avatar, Bar, Label, Rule } from '../shapes';

const ui = elementsAt(phoneSize.font);
const row = { y: 222, h: 30, gap: 8 };

/**
 * The buttons under a profile's name, left to right; with `more`, they end in a round More
 * (…) button, as they do when there are three.
 */
export function profileButtons(
  entries: readonly ButtonEntry[],
  more?: Pick<Element, 'name' | 'side'>,
): Element[] {
  const buttons = ui.buttonRow(entries, { x: 20, ...row });
  if (!more) return buttons;
  const last = buttons.at(-1)!.box;
  const box = { x: last.x + last.w + row.gap, y: row.y, w: row.h, h: row.h };
  const r = box.w / 2;
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
  return [...buttons, element(box, dots, more)];
}

/** A profile in the app: cover, photo, name, headline, its buttons, the start of About. */
export function profilePage(person: Person, buttons: readonly Element[]): Layer {
  return {
    shapes: (
      <>
        <rect x={8} y={81} width={224} height={54} className="fill-accent-soft" />
        <Avatar cx={52} cy={134} r={32} ring={3} />
        <Label x={20} y={184} size={15} text={person.name} bold />
        <Label x={20} y={204} size={12} text={person.headline} tone="muted" />
        <Rule x1={8} x2={232} y={268} />
        <Bar x={20} y={284} w={70} h={9} strong />
        {[302, 314, 326].map((y, i) => (
          <Bar key={y} x={20} y={y} w={200 - 24 * i} h={7} />
        ))}
      </>
    ),
    elements: buttons,
  };
}
