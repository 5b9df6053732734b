import { Button } from '../button';
import { desktopSize } from '../frames';
import { fit } from '../geometry';
import type { Layer } from '../scene';
import { Avatar, Bar, Card } from '../shapes';

const F = desktopSize.font;

export const feed: Layer = {
  shapes: (
    <>
      <Card box={{ x: 24, y: 102, w: 512, h: 64 }} />
      <Avatar cx={56} cy={134} r={18} />
      <rect
        x={86}
        y={118}
        width={430}
        height={32}
        rx={16}
        className="fill-bg stroke-border"
        strokeWidth={1.5}
      />
      <Card box={{ x: 24, y: 180, w: 512, h: 224 }} />
      <Avatar cx={58} cy={214} r={20} />
      <Bar x={90} y={202} w={140} h={11} strong />
      <Bar x={90} y={220} w={200} h={9} />
      <Bar x={44} y={248} w={460} h={9} />
      <Bar x={44} y={264} w={380} h={9} />
      <rect x={44} y={284} width={472} height={104} rx={6} className="fill-accent-soft" />
    </>
  ),
};

/** Someone's row with no words: photo, name and headline placeholders. */
export function PersonRow({ y }: { y: number }) {
  return (
    <>
      <Avatar cx={66} cy={y + 30} r={22} />
      <Bar x={102} y={y + 18} w={130} h={11} strong />
      <Bar x={102} y={y + 37} w={150} h={9} />
    </>
  );
}

const accept = fit('Accept', F, { right: 516, y: 0, h: 38 });
const ignore = fit('Ignore', F, { right: accept.x - 4, y: 0, h: 38 });
/** Ignore and Accept at the end of a received invitation. */
export function Answer({ y }: { y: number }) {
  return (
    <>
      <Button box={{ ...ignore, y }} label="Ignore" size={F} kind="quiet" />
      <Button box={{ ...accept, y }} label="Accept" size={F} kind="accent" />
    </>
  );
}
