import { button, tab } from '../elements';
import { desktopSize } from '../frames';
import { bottomOf, inset, pill, pillRow, setWords } from '../layout';
import { sentTo } from '../people';
import type { Say } from '../say';
import type { Element, Layer } from '../scene';
import { PersonLine } from '../filler';
import { Avatar, Bar, Card, Label, Rule, TextBlock } from '../shapes';
import { answer, PersonRow } from './pages';

const { font: F, page, content } = desktopSize;
const textX = content.x + 58;
const right = content.x + content.w;
const end = bottomOf(page) - 8;

/** What the invitation manager shows: which tab, Page invitations beside people's, Load more. */
export type InvitationsShown = { tab: 'received' | 'sent'; pages: boolean; loadMore: boolean };

/**
 * A sent invitation: photo, name, a headline placeholder, when it was sent, and Withdraw at the
 * row's end (under the words, when the words would otherwise be squeezed).
 */
function sentRow(y: number, name: string, sent: string, withdraw: string, naming: Element['name']) {
  const beside = pill(withdraw, F, { right, y: y + 17, h: 38, maxW: right - textX - 160 });
  const squeezed = beside.words.lines.length > 1 || beside.box.x - 12 - textX < 160;
  const column = squeezed ? right - textX : beside.box.x - 12 - textX;
  const age = setWords(sent, F, column);
  const ageBox = { x: textX, y: y + 40, w: column, h: age.h };
  const below = bottomOf(ageBox) + 8;
  const action = squeezed ? pill(withdraw, F, { right, y: below, h: 38, maxW: content.w }) : beside;
  const bottom = Math.max(y + 76, bottomOf(action.box) + 8, bottomOf(ageBox) + 6);
  return {
    shapes: (
      <>
        <Avatar cx={content.x + 22} cy={y + 34} r={22} />
        <Label x={textX} y={y + 14} size={F} text={name} bold />
        <Bar x={textX} y={y + 30} w={150} h={9} />
        <TextBlock box={ageBox} words={age} tone="muted" />
      </>
    ),
    element: button(action, naming ? { name: naming, side: 'above' } : {}),
    bottom,
  };
}

/** A Page's invitation, its words left out: a square logo and placeholders. */
function PageRow({ y }: { y: number }) {
  return <PersonLine box={{ ...content, y, h: 68 }} logo />;
}

/**
 * The Sent tab's rows, each with Withdraw, as many as there is room for (the first always); in
 * the older layout, Load more under them. When Page invitations show too, one comes first (the
 * reason for the People filter).
 */
function sentRows(say: Say, top: number, { pages, loadMore }: InvitationsShown): Layer {
  const ages = [say('sent-days'), say('sent-week'), say('sent-weeks')];
  const more = loadMore
    ? pill(say('load-more'), F, { x: content.x, y: 0, h: 38, maxW: content.w })
    : null;
  const room = end - (more ? more.box.h + 4 : 0);
  let y = top;
  const shapes = [];
  const elements: Element[] = [];
  // The Page invitation comes first when there is room for it and a person's row under it.
  const withPage =
    pages && sentRow(y + 76, '', ages[0]!, say('withdraw'), undefined).bottom <= room;
  if (withPage) {
    shapes.push(<PageRow key="page" y={y} />);
    y += 76;
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
    if (y > top) shapes.push(<Rule key={`rule-${i}`} x1={content.x} x2={right} y={y - 4} />);
    shapes.push(<g key={person.name}>{row.shapes}</g>);
    elements.push(row.element);
    y = row.bottom;
    if (pages) break;
  }
  if (more) {
    elements.push(
      button(
        { ...more, box: { ...more.box, y: Math.min(y + 4, end - more.box.h) } },
        {
          name: 'load-more',
          side: 'right',
        },
      ),
    );
  }
  return { shapes, elements };
}

function receivedRows(say: Say, top: number): Layer {
  const first = answer(say, top + 12);
  const second = answer(say, first.bottom + 24);
  const showSecond = second.bottom <= end;
  return {
    shapes: (
      <>
        <PersonRow y={top} />
        {first.layer.shapes}
        {showSecond && (
          <>
            <Rule x1={content.x} x2={right} y={first.bottom + 8} />
            <PersonRow y={first.bottom + 12} />
            {second.layer.shapes}
          </>
        )}
      </>
    ),
  };
}

/**
 * The invitation manager: Received/Sent tabs, the filter chips (a Pages chip only when Page
 * invitations show too), then the invitations of the current tab.
 */
export function invitationsPage(say: Say, shown: InvitationsShown): Layer {
  const sent = shown.tab === 'sent';
  const tabs = pillRow([say('received'), say('sent-tab')], F, inset(page, 12), {
    y: page.y + 4,
    h: 44,
    gap: 4,
  });
  const rule = tabs.bottom;
  const chipTexts = shown.pages
    ? [say('people-filter'), say('pages-filter')]
    : [say('people-filter')];
  const chips = pillRow(chipTexts, F, content, { y: rule + 12, h: 38, gap: 10 });
  // On Sent with nothing but people, People is the filter in use.
  const peopleKind = sent && !shown.pages ? 'selected' : 'outline';
  const [received, sentTab] = tabs.pills;
  const header: Element[] = [
    tab(received!, { selected: !sent }),
    tab(sentTab!, { selected: sent, name: 'sent-tab', side: 'right' }),
    button(chips.pills[0]!, { kind: peopleKind, name: 'people-filter' }),
    ...(shown.pages ? [button(chips.pills[1]!)] : []),
  ];
  const top = chips.bottom + 12;
  const rows = sent ? sentRows(say, top, shown) : receivedRows(say, top);
  return {
    shapes: (
      <>
        <Card box={{ ...page, y: page.y + 2, h: page.h - 2 }} />
        <Rule x1={page.x} x2={page.x + page.w} y={rule} />
        {rows.shapes}
      </>
    ),
    elements: [...header, ...(rows.elements ?? [])],
  };
}
