import { Button } from '../button';
import { desktopSize } from '../frames';
import { pill, rightOf, type Span } from '../layout';
import type { Say } from '../say';
import type { Layer } from '../scene';
import { PersonLine, Post } from '../filler';
import { Avatar, Card } from '../shapes';

const { font: F, page, content } = desktopSize;

/** The feed: a card to start a post in, then a post. */
export const feed: Layer = {
  shapes: (
    <>
      <Card box={{ ...page, y: page.y + 8, h: 64 }} />
      <Avatar cx={content.x + 12} cy={page.y + 40} r={18} />
      <rect
        x={content.x + 42}
        y={page.y + 24}
        width={content.w - 42}
        height={32}
        rx={16}
        className="fill-bg stroke-border"
        strokeWidth={1.5}
      />
      <Card box={{ ...page, y: page.y + 86, h: 224 }} />
      <Post box={{ ...content, y: page.y + 100, h: 194 }} />
    </>
  ),
};

/** Someone's row with no words: photo, name and headline placeholders. */
export function PersonRow({ y }: { y: number }) {
  return <PersonLine box={{ ...content, y, h: 60 }} />;
}

/** Where a person's words end in a row: what is left of the span is the buttons'. */
const personEnd = content.x + content.w * 0.5;

/**
 * Ignore and Accept at the end of a received invitation, beside the person when they fit, else
 * on their own line under them; returns the row's bottom.
 */
export function answer(say: Say, y: number): { layer: Layer; bottom: number } {
  const span: Span = { x: content.x, w: content.w };
  const accept = pill(say('accept'), F, { right: rightOf(span), y, h: 38, maxW: span.w / 2 });
  const ignore = pill(say('ignore'), F, { right: accept.box.x - 4, y, h: 38, maxW: span.w / 2 });
  const beside = ignore.box.x >= personEnd;
  const drop = beside ? 0 : 52;
  const at = (p: typeof accept) => ({ ...p, box: { ...p.box, y: p.box.y + drop } });
  return {
    layer: {
      shapes: (
        <>
          <Button fitted={at(ignore)} kind="quiet" />
          <Button fitted={at(accept)} kind="accent" />
        </>
      ),
    },
    bottom: y + drop + Math.max(accept.box.h, ignore.box.h),
  };
}
