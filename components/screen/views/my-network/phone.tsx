import { elementsAt } from '../../elements';
import { phoneSize } from '../../frames';
import { appTopBar } from '../../phone/app-bar';
import { Answer, PeopleYouMayKnow, PersonRow } from '../../phone/pages';
import { phoneScreen } from '../../phone/phone';
import { Label, Rule } from '../../shapes';
import type { PhoneView } from '../types';
import { entryLink } from './link';

const ui = elementsAt(phoneSize.font);

/** My Network: Invitations with its entry link, then people to meet. */
export const myNetworkPhone: PhoneView<'my-network'> = (idiom, highlight) => {
  const link = entryLink(highlight);
  return phoneScreen(idiom, 'my-network', appTopBar, {
    shapes: (
      <>
        <Label x={20} y={102} size={15} text="Invitations" bold />
        <PersonRow y={118} />
        <Answer cy={146} />
        <Rule x1={8} x2={232} y={176} />
        <PeopleYouMayKnow y={190} />
      </>
    ),
    elements: [
      ui.button(link.label, { right: 226, y: 88, h: 28 }, { kind: 'text', name: link.name }),
    ],
  });
};
