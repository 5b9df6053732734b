import { element, elementsAt } from '../../elements';
import { phoneSize } from '../../frames';
import { fit } from '../../geometry';
import { Icon } from '../../icons';
import { appTopBar } from '../../phone/app-bar';
import { Answer, PeopleYouMayKnow, PersonRow } from '../../phone/pages';
import { phoneScreen } from '../../phone/phone';
import type { Element } from '../../scene';
import { Label, Rule } from '../../shapes';
import type { PhoneView } from '../types';
import { entryLink } from './link';

const ui = elementsAt(phoneSize.font);
const tabs = elementsAt(14);

// Invitations sits clear of the Grow tab's callout, and the received invitation low enough
// that the link's callout below clears its buttons.
function invitationsLink(highlight: Parameters<typeof entryLink>[0]): Element {
  const link = entryLink(highlight);
  if (link.name === 'arrow') {
    const box = { x: 196, y: 143, w: 30, h: 26 };
    const icon = <Icon name="chevron" x={202} y={147} size={18} tone="accent" weight={2.5} />;
    return element(box, icon, { name: 'arrow' });
  }
  return ui.button(link.label, { right: 226, y: 143, h: 26 }, { kind: 'text', name: link.name });
}

/** My Network on its Grow tab (beside Catch up): Invitations with its entry link, then people. */
export const myNetworkPhone: PhoneView<'my-network'> = (idiom, highlight) =>
  phoneScreen(idiom, 'my-network', appTopBar, {
    shapes: (
      <>
        <Rule x1={8} x2={232} y={112} />
        <Label x={20} y={156} size={15} text="Invitations" bold />
        <PersonRow y={186} />
        <Answer cy={214} />
        <Rule x1={8} x2={232} y={248} />
        <PeopleYouMayKnow y={258} />
      </>
    ),
    elements: [
      tabs.tab('Grow', fit('Grow', 14, { middle: 64, y: 84, h: 28 }), {
        selected: true,
        name: 'grow-tab',
      }),
      tabs.tab('Catch up', fit('Catch up', 14, { middle: 176, y: 84, h: 28 }), {
        selected: false,
      }),
      invitationsLink(highlight),
    ],
  });
