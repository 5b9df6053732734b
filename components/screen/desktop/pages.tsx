import { Button } from '../button';
import { desktopSize } from '../frames';
import { pill, rightOf, type Span } from '../layout';
import type { Say } from '../say';
import type { Layer } from '../scene';
import { Avatar, Bar, Card } from '../shapes';

const { font: F, page, content } = desktopSize;

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
      <Avatar cx={content.x + 14} cy={page.y + 120} r={20} />
      <Bar x={content.x + 46} y={page.y + 108} w={140} h={11} strong />
      <Bar x={content.x + 46} y={page.y + 126} w={200} h={9} />
      <Bar x={content.x} y={page.y + 154} w={460} h={9} />
      <Bar x={content.x} y={page.y + 170} w={380} h={9} />
      <rect
        x={content.x}
        y={page.y + 190}
        width={content.w}
        height={104}
        rx={6}
        className="fill-accent-soft"
      />
    </>
  ),
};

/** Someone's row with no words: photo, name and headline placeholders. */
export function PersonRow({ y }: { y: number }) {
  return (
    <>
      <Avatar cx={content.x + 22} cy={y + 30} r={22} />
      <Bar x={content.x + 58} y={y + 18} w={130} h={11} strong />
      <Bar x={content.x + 58} y={y + 37} w={150} h={9} />
    </>
  );
}

/** Where a person's words end in a row: what is left of the span is the buttons'. */
const personEnd = content.x + 58 + 150 + 12;

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
