import { element } from '../elements';
import { Icon } from '../icons';
import type { Layer } from '../scene';
import { Avatar, Label, Rule } from '../shapes';

/** The app's top bar on its main tabs: your photo, the search bar, messaging. */
export const appTopBar: Layer = {
  shapes: (
    <>
      <Icon name="chat" x={204} y={46} size={22} />
      <Rule x1={8} x2={232} y={80} />
    </>
  ),
  elements: [
    element({ x: 17, y: 44, w: 26, h: 26 }, <Avatar cx={30} cy={57} r={13} />, { name: 'me' }),
    element(
      { x: 52, y: 44, w: 144, h: 26 },
      <g>
        <rect x={52} y={44} width={144} height={26} rx={13} className="fill-surface" />
        <Icon name="search" x={60} y={49} size={16} />
        <Label x={82} y={57} size={13} text="Search" tone="muted" />
      </g>,
      { name: 'search-box' },
    ),
  ],
};
