import { elementsAt } from '../elements';
import { desktopSize } from '../frames';
import { fitRow } from '../geometry';
import { sentTo } from '../people';
import type { Element, Layer } from '../scene';
import { Avatar, Bar, Card, Label, Rule } from '../shapes';
import type { InvitationsShown } from '../specs';
import { Answer, PersonRow } from './pages';

const F = desktopSize.font;
const ui = elementsAt(F);
const rowTop = (i: number) => 204 + 80 * i;

/** A sent invitation: photo, name, a headline placeholder, when it was sent. */
function SentRow({ y, name, sent }: { y: number; name: string; sent: string }) {
  return (
    <>
      <Avatar cx={66} cy={y + 34} r={22} />
      <Label x={102} y={y + 14} size={F} text={name} bold />
      <Bar x={102} y={y + 30} w={150} h={9} />
      <Label x={102} y={y + 54} size={F} text={sent} tone="muted" />
    </>
  );
}

/** A Page's invitation, its words left out: a square logo and placeholders. */
function PageRow({ y }: { y: number }) {
  return (
    <>
      <rect x={44} y={y + 12} width={44} height={44} rx={6} className="fill-border" />
      <Bar x={102} y={y + 18} w={130} h={11} strong />
      <Bar x={102} y={y + 37} w={150} h={9} />
    </>
  );
}

/**
 * The Sent tab's rows, each with Withdraw, and Load more for older ones. When Page invitations
 * show too, one comes first (the reason for the People filter).
 */
function sentRows(pages: boolean): Layer {
  const people = pages ? sentTo.slice(0, 1) : sentTo.slice(0, 2);
  const first = pages ? 1 : 0;
  return {
    shapes: (
      <>
        {pages && <PageRow y={rowTop(0)} />}
        {people.map((person, i) => (
          <SentRow key={person.name} y={rowTop(first + i)} {...person} />
        ))}
        {[1, 2].map((i) => (
          <Rule key={i} x1={44} x2={516} y={rowTop(i) - 4} />
        ))}
      </>
    ),
    elements: [
      ...people.map((_, i) =>
        ui.button(
          'Withdraw',
          { right: 516, y: rowTop(first + i) + 17, h: 38 },
          i === 0 ? { name: 'withdraw', side: 'above' } : {},
        ),
      ),
      ui.button('Load more', { x: 44, y: 364, h: 38 }, { name: 'load-more', side: 'right' }),
    ],
  };
}

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
  const people = sent ? 'People (12)' : 'People';
  const chips = fitRow([people, 'Pages'], F, { x: 44, y: 154, h: 38, gap: 10 });
  // On Sent with nothing but people, People is the filter in use.
  const peopleKind = sent && !pages ? 'selected' : 'outline';
  const header: Element[] = [
    ui.tab('Received', received!, { selected: !sent }),
    ui.tab('Sent', sentTab!, { selected: sent, name: 'sent-tab', side: 'right' }),
    ui.button(people, chips[0]!, { kind: peopleKind, name: 'people-filter' }),
    ...(pages ? [ui.button('Pages', chips[1]!)] : []),
  ];
  const rows = sent ? sentRows(pages) : receivedRows;
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
