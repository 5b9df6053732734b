import { elementsAt } from '../elements';
import { phoneSize } from '../frames';
import { fitRow } from '../geometry';
import { sentTo } from '../people';
import type { Element, Layer } from '../scene';
import { Avatar, Bar, Label, Rule } from '../shapes';
import type { InvitationsShown } from '../specs';
import { Answer, PersonRow } from './pages';

const F = phoneSize.font;
const ui = elementsAt(F);
const tabs = elementsAt(14);
const sentTop = (i: number) => 170 + 56 * i;
const receivedTop = (i: number) => 184 + 62 * i;

/** A sent invitation: photo, name, a headline placeholder, when it was sent. */
function SentRow({ y, name, sent }: { y: number; name: string; sent: string }) {
  return (
    <>
      <Avatar cx={36} cy={y + 28} r={17} />
      <Label x={62} y={y + 11} size={F} text={name} bold />
      <Bar x={62} y={y + 20} w={64} h={6} />
      <Label x={62} y={y + 38} size={12} text={sent} tone="muted" />
    </>
  );
}

/** A Page's invitation, its words left out: a square logo and placeholders. */
function PageRow({ y }: { y: number }) {
  return (
    <>
      <rect x={19} y={y + 10} width={34} height={34} rx={5} className="fill-border" />
      <Bar x={62} y={y + 16} w={64} h={8} strong />
      <Bar x={62} y={y + 30} w={78} h={6} />
    </>
  );
}

/**
 * The Sent tab's rows, each with Withdraw, and Load more for older ones. When Page invitations
 * show too, one comes first (the reason for the People filter).
 */
function sentRows(pages: boolean): Layer {
  const first = pages ? 1 : 0;
  const people = sentTo.slice(0, 3 - first);
  return {
    shapes: (
      <>
        {pages && <PageRow y={sentTop(0)} />}
        {people.map((person, i) => (
          <SentRow key={person.name} y={sentTop(first + i)} {...person} />
        ))}
        {[1, 2, 3].map((i) => (
          <Rule key={i} x1={20} x2={220} y={sentTop(i)} />
        ))}
      </>
    ),
    elements: [
      ...people.map((_, i) =>
        ui.button(
          'Withdraw',
          { right: 224, y: sentTop(first + i) + 3, h: 24 },
          i === 0 ? { name: 'withdraw', side: 'above' } : {},
        ),
      ),
      ui.button(
        'Load more',
        { middle: 120, y: sentTop(3) + 6, h: 26 },
        {
          name: 'load-more',
          side: 'below',
        },
      ),
    ],
  };
}

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
  const people = sent ? 'People (12)' : 'People';
  // On Received the chips sit clear of the Sent tab's callout; on Sent, the Withdraw callout
  // goes above the first row, clear of the chips.
  const chips = fitRow([people, 'Pages'], F, { x: 16, y: sent ? 118 : 148, h: 26, gap: 8 });
  // On Sent with nothing but people, People is the filter in use.
  const peopleKind = sent && !pages ? 'selected' : 'outline';
  const header: Element[] = [
    tabs.tab('Received', { x: 34, y: 84, w: 60, h: 28 }, { selected: !sent }),
    tabs.tab('Sent', { x: 146, y: 84, w: 60, h: 28 }, { selected: sent, name: 'sent-tab' }),
    ui.button(people, chips[0]!, { kind: peopleKind, name: 'people-filter' }),
    ...(pages ? [ui.button('Pages', chips[1]!)] : []),
  ];
  const rows = sent ? sentRows(pages) : receivedRows;
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
