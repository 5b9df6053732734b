import { elementsAt } from '../elements';
import { desktopSize } from '../frames';
import { fitRow } from '../geometry';
import type { Element, Layer } from '../scene';
import { Card, Rule } from '../shapes';
import type { InvitationsShown } from '../specs';
import { Answer, PersonRow } from './pages';

const F = desktopSize.font;
const ui = elementsAt(F);
const rowTop = (i: number) => 204 + 80 * i;

/** The Sent tab's rows, each with Withdraw. */
const sentRows: Layer = {
  shapes: [0, 1].map((i) => (
    <g key={i}>
      {i > 0 && <Rule x1={44} x2={516} y={rowTop(i) - 4} />}
      <PersonRow y={rowTop(i)} />
    </g>
  )),
  elements: [0, 1].map((i) =>
    ui.button(
      'Withdraw',
      { right: 516, y: rowTop(i) + 12, h: 38 },
      i === 0 ? { name: 'withdraw', side: 'above' } : {},
    ),
  ),
};

const receivedRows: Layer = {
  shapes: [0, 1].map((i) => (
    <g key={i}>
      {i > 0 && <Rule x1={44} x2={516} y={rowTop(i) - 4} />}
      <PersonRow y={rowTop(i)} />
      <Answer y={rowTop(i) + 12} />
    </g>
  )),
};

/**
 * The invitation manager: Received/Sent tabs, the filter chips (a Pages chip only when Page
 * invitations show too), then the invitations of the current tab.
 */
export function invitationsPage({ tab, pages }: InvitationsShown): Layer {
  const sent = tab === 'sent';
  const [received, sentTab] = fitRow(['Received', 'Sent'], F, { x: 36, y: 98, h: 44, gap: 4 });
  const people = 'People';
  const chips = fitRow([people, 'Pages'], F, { x: 44, y: 154, h: 38, gap: 10 });
  const peopleKind = sent ? 'selected' : 'outline';
  const header: Element[] = [
    ui.tab('Received', received!, { selected: !sent }),
    ui.tab('Sent', sentTab!, { selected: sent, name: 'sent-tab', side: 'right' }),
    ui.button(people, chips[0]!, { kind: peopleKind, name: 'people-filter' }),
    ...(pages ? [ui.button('Pages', chips[1]!)] : []),
  ];
  const rows = sent ? sentRows : receivedRows;
  return {
    shapes: (
      <>
        <Card box={{ x: 24, y: 96, w: 512, h: 314 }} />
        <Rule x1={24} x2={536} y={142} />
        {rows.shapes}
      </>
    ),
    elements: [...header, ...(rows.elements ?? [])],
  };
}
