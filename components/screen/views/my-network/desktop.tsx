import { Answer, PersonRow } from '../../desktop/pages';
import { browserWindow } from '../../desktop/window';
import { element, elementsAt } from '../../elements';
import { desktopSize } from '../../frames';
import { fitRow, textWidth } from '../../geometry';
import { Icon } from '../../icons';
import type { Element } from '../../scene';
import { Avatar, Bar, Card, Label, Rule } from '../../shapes';
import type { DesktopView } from '../types';
import { entryLink } from './link';

const F = desktopSize.font;
const ui = elementsAt(F);
// The Invitations card sits clear of the Grow tab's callout; the link's callout goes above it.
const cardTop = 208;
const linkTop = cardTop + 6;

function invitationsLink(highlight: Parameters<typeof entryLink>[0]): Element {
  const link = entryLink(highlight);
  if (link.name === 'arrow') {
    const box = { x: 484, y: linkTop, w: 40, h: 40 };
    const icon = (
      <Icon name="chevron" x={box.x + 8} y={box.y + 8} size={24} tone="accent" weight={2.5} />
    );
    return element(box, icon, { name: 'arrow', side: 'above' });
  }
  // A text link: its box hugs the words.
  const w = Math.round(textWidth(link.label, F, true) + 8);
  const box = { x: 524 - w, y: linkTop, w, h: 40 };
  return ui.button(link.label, box, { kind: 'text', name: link.name, side: 'above' });
}

/** My Network on its Grow tab: the Invitations card with its entry link, then people to meet. */
export const myNetworkDesktop: DesktopView<'my-network'> = (highlight) => {
  const [grow, catchUp] = fitRow(['Grow', 'Catch up'], F, { x: 36, y: 96, h: 44, gap: 8 });
  return [
    browserWindow('My Network'),
    {
      shapes: (
        <>
          <Card box={{ x: 24, y: 94, w: 512, h: 48 }} />
          <Card box={{ x: 24, y: cardTop, w: 512, h: 126 }} />
          <Label x={44} y={cardTop + 26} size={F} text="Invitations" />
          <Rule x1={24} x2={536} y={cardTop + 52} />
          <PersonRow y={cardTop + 58} />
          <Answer y={cardTop + 69} />
          <Card box={{ x: 24, y: 346, w: 512, h: 64 }} />
          <Bar x={44} y={362} w={190} h={11} strong />
          {[260, 310, 360].map((cx) => (
            <Avatar key={cx} cx={cx} cy={378} r={16} />
          ))}
        </>
      ),
      elements: [
        ui.tab('Grow', grow!, { selected: true, name: 'grow-tab' }),
        ui.tab('Catch up', catchUp!, { selected: false }),
        invitationsLink(highlight),
      ],
    },
  ];
};
