import { button, tab } from '../elements';
import type { InvitationsShown } from '../desktop/invitations';
import { phoneSize } from '../frames';
import { bottomOf, pill, pillRow, setWords, shareRow } from '../layout';
import { sentTo } from '../people';
import type { Say } from '../say';
import type { Element, Layer } from '../scene';
import { PersonLine } from '../filler';
import { Avatar, Bar, Label, Rule, TextBlock } from '../shapes';
import { Answer, PersonRow } from './pages';

const { font: F, content, full, barBottom, bottom } = phoneSize;
const textX = content.x + 42;
const right = content.x + content.w;
const end = bottom - 10;

/**
 * A sent invitation: photo, name, a headline placeholder, when it was sent, and Withdraw at the
 * row's top right, beside the name; when age's words run under it they start below it, and when
 * Withdraw would leave the name no room it goes under the words instead.
 */
function sentRow(y: number, name: string, sent: string, withdraw: string, naming: Element['name']) {
  // Beside the name, on one line, leaving the name its room; else under the words.
  const beside = pill(withdraw, F, { right, y: y + 3, h: 24, maxW: right - textX - 60 });
  const squeezed = beside.words.lines.length > 1 || beside.box.x - 6 - textX < 60;
  const age = setWords(sent, 12, right - textX);
  const ageTop = squeezed ? y + 30 : Math.max(y + 30, bottomOf(beside.box) + 3);
  const ageBox = { x: textX, y: ageTop, w: right - textX, h: age.h };
  const action = squeezed
    ? pill(withdraw, F, { right, y: bottomOf(ageBox) + 6, h: 24, maxW: content.w })
    : beside;
  const rowBottom = Math.max(y + 56, bottomOf(action.box) + 6, bottomOf(ageBox) + 8);
  return {
    shapes: (
      <>
        <Avatar cx={content.x + 16} cy={y + 28} r={17} />
        <Label x={textX} y={y + 11} size={F} text={name} bold />
        <Bar x={textX} y={y + 20} w={64} h={6} />
        <TextBlock box={ageBox} words={age} tone="muted" />
      </>
    ),
    element: button(action, naming ? { name: naming, side: 'above' } : {}),
    bottom: rowBottom,
  };
}

/** A Page's invitation, its words left out: a square logo and placeholders. */
function PageRow({ y }: { y: number }) {
  return <PersonLine box={{ ...content, y, h: 54 }} logo />;
}

/**
 * The Sent tab's rows, each with Withdraw, as many as there is room for (the first always); in
 * the older layout, Load more under them. When Page invitations show too, one comes first.
 */
function sentRows(say: Say, top: number, { pages, loadMore }: InvitationsShown): Layer {
  const ages = [say('sent-days'), say('sent-week'), say('sent-weeks')];
  const more = loadMore
    ? pill(say('load-more'), F, { middle: content.x + content.w / 2, y: 0, h: 26, maxW: content.w })
    : null;
  const room = end - (more ? more.box.h + 12 : 0);
  let y = top;
  const shapes = [];
  const elements: Element[] = [];
  if (pages) {
    shapes.push(<PageRow key="page" y={y} />);
    y += 56;
  }
  for (const [i, person] of sentTo.entries()) {
    const row = sentRow(
      y,
      person.name,
      ages[i]!,
      say('withdraw'),
      i === 0 ? 'withdraw' : undefined,
    );
    if (i > 0 && row.bottom > room) break;
    if (y > top) shapes.push(<Rule key={`rule-${i}`} x1={content.x} x2={right} y={y} />);
    shapes.push(<g key={person.name}>{row.shapes}</g>);
    elements.push(row.element);
    y = row.bottom;
  }
  if (more) {
    shapes.push(<Rule key="end" x1={content.x} x2={right} y={y} />);
    elements.push(
      button(
        { ...more, box: { ...more.box, y: Math.min(y + 6, end - more.box.h) } },
        { name: 'load-more', side: 'below' },
      ),
    );
  }
  return { shapes, elements };
}

function receivedRows(top: number): Layer {
  const rows = [0, 1, 2].map((i) => top + 62 * i).filter((y) => y + 56 <= end);
  return {
    shapes: rows.map((y, i) => (
      <g key={y}>
        {i > 0 && <Rule x1={content.x} x2={right} y={y} />}
        <PersonRow y={y} />
        <Answer cy={y + 28} />
      </g>
    )),
  };
}

/**
 * The invitation manager: Received/Sent tabs, the filter chips (a Pages chip only when Page
 * invitations show too), then the invitations of the current tab.
 */
export function invitationsPage(say: Say, shown: InvitationsShown): Layer {
  const sent = shown.tab === 'sent';
  const tabs = shareRow([say('received'), say('sent-tab')], 14, content, {
    y: barBottom + 4,
    h: 28,
    pad: 4,
    bold: true,
  });
  const [received, sentTab] = tabs.slots;
  const chipTexts = shown.pages
    ? [say('people-filter'), say('pages-filter')]
    : [say('people-filter')];
  // On Received the chips sit clear of the Sent tab's callout, and with Page invitations shown
  // (the People filter's own picture) clear of the filter's callout above it; otherwise the
  // Withdraw callout goes above the first row, clear of the chips.
  const roomAbove = !sent || shown.pages;
  const chips = pillRow(chipTexts, F, content, {
    y: tabs.bottom + (roomAbove ? 36 : 6),
    h: 26,
    gap: 8,
  });
  // On Sent with nothing but people, People is the filter in use.
  const peopleKind = sent && !shown.pages ? 'selected' : 'outline';
  const header: Element[] = [
    tab(received!, { selected: !sent }),
    tab(sentTab!, { selected: sent, name: 'sent-tab' }),
    button(chips.pills[0]!, { kind: peopleKind, name: 'people-filter', side: 'above' }),
    ...(shown.pages ? [button(chips.pills[1]!)] : []),
  ];
  const top = chips.bottom + (sent ? 30 : 10);
  const rows = sent ? sentRows(say, top, shown) : receivedRows(top);
  return {
    shapes: (
      <>
        <Rule x1={full.x} x2={full.x + full.w} y={tabs.bottom} />
        {rows.shapes}
      </>
    ),
    elements: [...header, ...(rows.elements ?? [])],
  };
}
