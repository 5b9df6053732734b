import type { ScreenHighlight } from '@/lib/screens/catalog';
import { answer, PersonRow } from '../desktop/pages';
import { browserWindow } from '../desktop/window';
import { button, element, tab } from '../elements';
import { desktopSize, phoneSize } from '../frames';
import { Icon } from '../icons';
import { pill, pillRow, setWords, shareRow, type Span } from '../layout';
import { appTopBar } from '../phone/app-bar';
import { Answer, peopleYouMayKnow, PersonRow as PhonePersonRow } from '../phone/pages';
import { phoneScreen } from '../phone/phone';
import type { Say } from '../say';
import type { Element } from '../scene';
import { Avatar, Bar, Card, Rule, TextBlock } from '../shapes';
import type { View } from './view';

type EntryLink = 'show-all' | 'manage' | 'see-all' | 'arrow';

/**
 * The entry link beside Invitations: "Show all", the label with the freshest evidence, unless
 * the step is about one of the older forms, which each get a picture of their own.
 */
const entryLink = (highlight: ScreenHighlight<'my-network'>): EntryLink =>
  highlight === 'grow-tab' ? 'show-all' : highlight;

/**
 * The Invitations heading with its entry link at the span's end (a text link, or an arrow);
 * the heading wraps in what the link leaves it.
 */
function invitationsHeader(
  say: Say,
  highlight: ScreenHighlight<'my-network'>,
  span: Span,
  at: { y: number; h: number; size: number; arrow: number; bold: boolean },
) {
  const link = entryLink(highlight);
  const right = span.x + span.w;
  let linkElement: Element;
  if (link === 'arrow') {
    const box = { x: right - at.arrow, y: at.y, w: at.arrow, h: at.h };
    const size = Math.round(at.arrow * 0.6);
    const icon = (
      <Icon
        name="chevron"
        x={box.x + (box.w - size) / 2}
        y={box.y + (box.h - size) / 2}
        size={size}
        tone="accent"
        weight={2.5}
      />
    );
    linkElement = element(box, icon, { name: 'arrow', side: 'above' });
  } else {
    const fitted = pill(say(link), at.size, {
      right: right + 4,
      y: at.y,
      h: at.h,
      maxW: span.w / 2,
    });
    linkElement = button(fitted, { kind: 'text', name: link, side: 'above' });
  }
  const heading = setWords(say('invitations'), at.size, linkElement.box.x - 8 - span.x, at.bold);
  const h = Math.max(at.h, heading.h);
  const headingBox = { x: span.x, y: at.y, w: span.w, h };
  return {
    heading: <TextBlock box={headingBox} words={heading} />,
    link: linkElement,
    bottom: at.y + h,
  };
}

/** My Network on its Grow tab: the Invitations card with its entry link, then people to meet. */
function desktop({ highlight, say }: Parameters<View<'my-network'>['desktop']>[0]) {
  const { font: F, page, content } = desktopSize;
  const tabs = pillRow(
    [say('grow'), say('catch-up')],
    F,
    { x: page.x + 12, w: page.w - 24 },
    {
      y: page.y + 2,
      h: 44,
      gap: 8,
    },
  );
  // The Invitations card sits clear of the Grow tab's callout; the link's callout goes above it.
  const cardTop = tabs.bottom + 66;
  const header = invitationsHeader(say, highlight, content, {
    y: cardTop + 6,
    h: 40,
    size: F,
    arrow: 40,
    bold: false,
  });
  const rule = header.bottom + 6;
  const received = answer(say, rule + 17);
  const cardBottom = received.bottom + 14;
  const more = { y: cardBottom + 12, h: 64 };
  const roomForMore = more.y + more.h <= page.y + page.h;
  const [grow, catchUp] = tabs.pills;
  return [
    browserWindow(say, 'my-network'),
    {
      shapes: (
        <>
          <Card box={{ ...page, h: tabs.bottom - page.y + 2 }} />
          <Card box={{ ...page, y: cardTop, h: cardBottom - cardTop }} />
          {header.heading}
          <Rule x1={page.x} x2={page.x + page.w} y={rule} />
          <PersonRow y={rule + 6} />
          {received.layer.shapes}
          {roomForMore && (
            <>
              <Card box={{ ...page, y: more.y, h: more.h }} />
              <Bar x={content.x} y={more.y + 16} w={190} h={11} strong />
              {[260, 310, 360].map((cx) => (
                <Avatar key={cx} cx={cx} cy={more.y + 32} r={16} />
              ))}
            </>
          )}
        </>
      ),
      elements: [
        tab(grow!, { selected: true, name: 'grow-tab' }),
        tab(catchUp!, { selected: false }),
        header.link,
      ],
    },
  ];
}

/** My Network in the app, on its Grow tab (beside Catch up): Invitations and its entry link, then people. */
function phone({ idiom, highlight, say }: Parameters<View<'my-network'>['phone']>[0]) {
  const { content, full, barBottom } = phoneSize;
  const tabs = shareRow([say('grow'), say('catch-up')], 14, content, {
    y: barBottom + 4,
    h: 28,
    pad: 4,
    bold: true,
  });
  // Invitations sits clear of the Grow tab's callout, and the received invitation low enough
  // that the link's callout below clears its buttons.
  const header = invitationsHeader(say, highlight, content, {
    y: tabs.bottom + 31,
    h: 26,
    size: 15,
    arrow: 30,
    bold: true,
  });
  const person = header.bottom + 17;
  const rule = person + 62;
  const [grow, catchUp] = tabs.slots;
  return phoneScreen(
    idiom,
    appTopBar(say),
    {
      shapes: (
        <>
          <Rule x1={full.x} x2={full.x + full.w} y={tabs.bottom} />
          {header.heading}
          <PhonePersonRow y={person} />
          <Answer cy={person + 28} />
          <Rule x1={full.x} x2={full.x + full.w} y={rule} />
          {/* It runs on under the tab bar, as a scrolled list does. */}
          {peopleYouMayKnow(rule + 10, say)}
        </>
      ),
      elements: [
        tab(grow!, { selected: true, name: 'grow-tab' }),
        tab(catchUp!, { selected: false }),
        header.link,
      ],
    },
    idiom.tabBar('my-network', say),
  );
}

export const myNetwork: View<'my-network'> = { desktop, phone };
