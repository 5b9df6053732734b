import { elementsAt, type ButtonEntry } from '../elements';
import { phoneSize } from '../frames';
import type { Person } from '../people';
import type { Element, Layer } from '../scene';
import { Avatar, Bar, Label, Rule } from '../shapes';

const ui = elementsAt(phoneSize.font);
const row = { y: 222, h: 30, gap: 8 };

/** The buttons under a profile's name, left to right. */
export function profileButtons(entries: readonly ButtonEntry[]): Element[] {
  return ui.buttonRow(entries, { x: 20, ...row });
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
