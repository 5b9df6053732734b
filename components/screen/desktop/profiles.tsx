import { elementsAt, type ButtonEntry } from '../elements';
import { desktopSize } from '../frames';
import type { Person } from '../people';
import type { Element, Layer } from '../scene';
import { Avatar, Bar, Card, Label, Rule, Shape } from '../shapes';

const F = desktopSize.font;
const ui = elementsAt(F);

/** The row of buttons under a profile's name: where Connect, Pending or Follow sit. */
export function profileButtons(entries: readonly ButtonEntry[]): Element[] {
  return ui.buttonRow(entries, { x: 44, y: 196, h: 38, gap: 10 });
}

/** A profile: cover, photo, name, headline, its buttons, then the start of its About section. */
export function profilePage(person: Person, buttons: readonly Element[]): Layer {
  return {
    shapes: (
      <>
        <Card box={{ x: 24, y: 96, w: 512, h: 316 }} />
        <Shape
          box={{ x: 24, y: 96, w: 512, h: 34 }}
          corners={[10, 10, 0, 0]}
          className="fill-accent-soft"
        />
        <Avatar cx={76} cy={130} r={28} ring={4} />
        <Label x={118} y={144} size={F} text={person.name} bold />
        <Label x={118} y={170} size={F} text={person.headline} tone="muted" />
        <Rule x1={44} x2={516} y={248} />
        <Bar x={44} y={266} w={90} h={11} strong />
        {[290, 308, 326].map((y, i) => (
          <Bar key={y} x={44} y={y} w={440 - 60 * i} h={9} />
        ))}
      </>
    ),
    elements: buttons,
  };
}
