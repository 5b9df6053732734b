import { buttonRow, type ButtonEntry } from '../elements';
import { desktopSize } from '../frames';
import type { Person } from '../people';
import type { Element, Layer } from '../scene';
import { Paragraph } from '../filler';
import { Avatar, Card, Label, Rule, Shape } from '../shapes';

const { font: F, page, content } = desktopSize;
const cover = 34;

/**
 * A profile: cover, photo, name, headline, the row of buttons under them (wrapping onto a second
 * line when their words need it), then as much of its About section as there is room for.
 */
export function profilePage(
  person: Person,
  entries: readonly ButtonEntry[],
): { layer: Layer; buttons: Element[] } {
  const photo = { cx: content.x + 32, cy: page.y + cover + 2, r: 28 };
  const textX = photo.cx + photo.r + 14;
  const { buttons, bottom } = buttonRow(entries, F, content, { y: page.y + 102, h: 38, gap: 10 });
  const rule = bottom + 14;
  // The About section, as many lines as fit (up to three).
  const about = Math.min(72, page.y + page.h - 16 - rule - 18);
  const layer: Layer = {
    shapes: (
      <>
        <Card box={page} />
        <Shape box={{ ...page, h: cover }} corners={[10, 10, 0, 0]} className="fill-accent-soft" />
        <Avatar {...photo} ring={4} />
        <Label x={textX} y={page.y + 46} size={F} text={person.name} bold />
        <Label x={textX} y={page.y + 78} size={F} text={person.headline} tone="muted" />
        <Rule x1={content.x} x2={content.x + content.w} y={rule} />
        {about >= 36 && (
          <Paragraph
            box={{ ...content, y: rule + 18, h: about }}
            lines={Math.floor(about / 18) - 1}
          />
        )}
      </>
    ),
    elements: buttons,
  };
  return { layer, buttons };
}
