import { Button } from '../button';
import { Icon } from '../icons';
import type { Layer } from '../scene';
import { Avatar, Bar, Card, Rule } from '../shapes';

export const feed: Layer = {
  shapes: (
    <>
      <Avatar cx={32} cy={106} r={16} />
      <Bar x={56} y={96} w={90} h={9} strong />
      <Bar x={56} y={110} w={120} h={7} />
      <Bar x={20} y={134} w={200} h={7} />
      <Bar x={20} y={146} w={160} h={7} />
      <rect x={8} y={162} width={224} height={110} className="fill-accent-soft" />
      {[20, 74, 128, 182].map((x) => (
        <Bar key={x} x={x} y={286} w={38} h={7} />
      ))}
      <Rule x1={8} x2={232} y={306} />
      <Avatar cx={32} cy={330} r={14} />
    </>
  ),
};

/** Decline (✕) and accept (✓) as round buttons at the end of a received invitation. */
export function Answer({ cy }: { cy: number }) {
  return (
    <>
      <circle cx={176} cy={cy} r={13} className="fill-bg stroke-muted" strokeWidth={1.5} />
      <Icon name="close" x={169} y={cy - 7} size={14} />
      <circle cx={208} cy={cy} r={13} className="fill-bg stroke-accent" strokeWidth={1.5} />
      <Icon name="check" x={201} y={cy - 7} size={14} tone="accent" />
    </>
  );
}

/** Someone's row with no words: photo, name and headline placeholders. */
export function PersonRow({ y }: { y: number }) {
  return (
    <>
      <Avatar cx={36} cy={y + 28} r={18} />
      <Bar x={62} y={y + 18} w={64} h={8} strong />
      <Bar x={62} y={y + 32} w={78} h={6} />
    </>
  );
}

export function PeopleYouMayKnow({ y }: { y: number }) {
  return (
    <>
      <Bar x={20} y={y} w={120} h={9} strong />
      {[16, 124].map((x) => (
        <g key={x}>
          <Card box={{ x, y: y + 18, w: 100, h: 126 }} />
          <Avatar cx={x + 50} cy={y + 52} r={20} />
          <Bar x={x + 20} y={y + 82} w={60} h={7} strong />
          <Bar x={x + 26} y={y + 94} w={48} h={6} />
          <Button
            box={{ x: x + 10, y: y + 108, w: 80, h: 26 }}
            label="Connect"
            size={12}
            kind="accent"
          />
        </g>
      ))}
    </>
  );
}
