import { Button } from '../button';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import { pill } from '../layout';
import type { Say } from '../say';
import type { Layer } from '../scene';
import { PersonLine, Post } from '../filler';
import { Avatar, Bar, Card, Rule } from '../shapes';

const { content, full } = phoneSize;
const right = content.x + content.w;

/** The feed: a post, then the start of the next. */
export const feed: Layer = {
  shapes: (
    <>
      <Post box={{ ...content, y: 86, h: 186 }} />
      <Rule x1={full.x} x2={full.x + full.w} y={306} />
      <PersonLine box={{ ...content, y: 310, h: 40 }} />
    </>
  ),
};

/** Decline (✕) and accept (✓) as round buttons at the end of a received invitation. */
export function Answer({ cy }: { cy: number }) {
  return (
    <>
      <circle cx={right - 44} cy={cy} r={13} className="fill-bg stroke-muted" strokeWidth={1.5} />
      <Icon name="close" x={right - 51} y={cy - 7} size={14} />
      <circle cx={right - 12} cy={cy} r={13} className="fill-bg stroke-accent" strokeWidth={1.5} />
      <Icon name="check" x={right - 19} y={cy - 7} size={14} tone="accent" />
    </>
  );
}

/** Someone's row with no words: photo, name and headline placeholders. */
export function PersonRow({ y }: { y: number }) {
  return <PersonLine box={{ ...content, y, h: 56 }} />;
}

/**
 * Two suggested people, each with Connect; when Connect's words can't sit on one line in the
 * card, a placeholder stands in (this list runs on under the tab bar, out of the picture).
 */
export function peopleYouMayKnow(y: number, say: Say) {
  const cardW = (content.w - 8) / 2 + 4;
  return (
    <>
      <Bar x={content.x} y={y} w={120} h={9} strong />
      {[content.x - 4, content.x + cardW + 4].map((x) => {
        const connect = pill(say('connect'), 12, {
          middle: x + cardW / 2,
          y: y + 108,
          h: 26,
          maxW: cardW - 12,
        });
        return (
          <g key={x}>
            <Card box={{ x, y: y + 18, w: cardW, h: 126 }} />
            <Avatar cx={x + cardW / 2} cy={y + 52} r={20} />
            <Bar x={x + cardW / 2 - 30} y={y + 82} w={60} h={7} strong />
            <Bar x={x + cardW / 2 - 24} y={y + 94} w={48} h={6} />
            {connect.words.lines.length === 1 ? (
              <Button fitted={connect} kind="accent" />
            ) : (
              <Bar x={x + 10} y={y + 110} w={cardW - 20} h={22} />
            )}
          </g>
        );
      })}
    </>
  );
}
