import { elementsAt } from '../elements';
import { phoneSize } from '../frames';
import { fitRow } from '../geometry';
import type { Element, Layer } from '../scene';
import { Rule } from '../shapes';
import type { InvitationsShown } from '../specs';
import { Answer, PersonRow } from './pages';

const F = phoneSize.font;
const ui = elementsAt(F);
const tabs = elementsAt(14);
const sentTop = (i: number) => 160 + 62 * i;
const receivedTop = (i: number) => 184 + 62 * i;

/** The Sent tab's rows, each with Withdraw. */
const sentRows: Layer = {
  shapes: [0, 1, 2].map((i) => (
    <g key={i}>
      {i > 0 && <Rule x1={20} x2={220} y={sentTop(i)} />}
      <PersonRow y={sentTop(i)} />
    </g>
  )),
  elements: [0, 1, 2].map((i) =>
    ui.button(
      'Withdraw',
      { right: 224, y: sentTop(i) + 14, h: 28 },
      i === 0 ? { name: 'withdraw', side: 'left' } : {},
    ),
  ),
};

const receivedRows: Layer = {
  shapes: [0, 1, 2].map((i) => (
    <g key={i}>
      {i > 0 && <Rule x1={20} x2={220} y={receivedTop(i)} />}
      <PersonRow y={receivedTop(i)} />
      <Answer cy={receivedTop(i) + 28} />
    </g>
  )),
};

/**
 * The invitation manager: Received/Sent tabs, the filter chips (a Pages chip only when Page
 * invitations show too), then the invitations of the current tab.
 */
export function invitationsPage({ tab, pages }: InvitationsShown): Layer {
  const sent = tab === 'sent';
  const people = 'People';
  // On Received the chips sit clear of the Sent tab's callout.
  const chips = fitRow([people, 'Pages'], F, { x: 16, y: sent ? 118 : 148, h: 26, gap: 8 });
  const peopleKind = sent ? 'selected' : 'outline';
  const header: Element[] = [
    tabs.tab('Received', { x: 34, y: 84, w: 60, h: 28 }, { selected: !sent }),
    tabs.tab('Sent', { x: 146, y: 84, w: 60, h: 28 }, { selected: sent, name: 'sent-tab' }),
    ui.button(people, chips[0]!, { kind: peopleKind, name: 'people-filter' }),
    ...(pages ? [ui.button('Pages', chips[1]!)] : []),
  ];
  const rows = sent ? sentRows : receivedRows;
  return {
    shapes: (
      <>
        <Rule x1={8} x2={232} y={112} />
        {rows.shapes}
      </>
    ),
    elements: [...header, ...(rows.elements ?? [])],
  };
}
