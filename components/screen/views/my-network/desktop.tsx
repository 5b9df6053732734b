import { Answer, PersonRow } from '../../desktop/pages';
import { browserWindow } from '../../desktop/window';
import { elementsAt } from '../../elements';
import { desktopSize } from '../../frames';
import { textWidth } from '../../geometry';
import { Avatar, Bar, Card, Label, Rule } from '../../shapes';
import type { DesktopView } from '../types';
import { entryLink } from './link';

const F = desktopSize.font;
const ui = elementsAt(F);

/** My Network: the Invitations card with its entry link, then people to meet. */
export const myNetworkDesktop: DesktopView<'my-network'> = (highlight) => {
  const link = entryLink(highlight);
  // A text link: its box hugs the words, leaving room on its left for the callout.
  const w = Math.round(textWidth(link.label, F, true) + 8);
  return [
    browserWindow('My Network'),
    {
      shapes: (
        <>
          <Card box={{ x: 24, y: 100, w: 512, h: 150 }} />
          <Label x={40} y={126} size={F} text="Invitations" />
          <Rule x1={24} x2={536} y={150} />
          <PersonRow y={162} />
          <Answer y={173} />
          <Card box={{ x: 24, y: 264, w: 512, h: 86 }} />
          <Bar x={44} y={282} w={190} h={11} strong />
          {[66, 176, 286, 396].map((cx) => (
            <Avatar key={cx} cx={cx} cy={322} r={16} />
          ))}
        </>
      ),
      elements: [
        ui.button(
          link.label,
          { x: 530 - w, y: 106, w, h: 40 },
          { kind: 'text', name: link.name, side: 'left' },
        ),
      ],
    },
  ];
};
