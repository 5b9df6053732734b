import { element } from '../elements';
import { phoneSize } from '../frames';
import { Icon } from '../icons';
import type { Say } from '../say';
import type { Layer } from '../scene';
import { Avatar, Label, Rule } from '../shapes';

const { content, full, barBottom } = phoneSize;
const y = barBottom - 36;

/** The app's top bar on its main tabs: your photo, the search bar, messaging. */
export function appTopBar(say: Say): Layer {
  const search = { x: content.x + 32, y, w: content.w - 64, h: 26 };
  return {
    shapes: (
      <>
        <Icon name="chat" x={content.x + content.w - 16} y={y + 2} size={22} />
        <Rule x1={full.x} x2={full.x + full.w} y={barBottom} />
      </>
    ),
    elements: [
      element(
        { x: content.x - 3, y, w: 26, h: 26 },
        <Avatar cx={content.x + 10} cy={y + 13} r={13} />,
        {
          name: 'me',
        },
      ),
      element(
        search,
        <g>
          <rect x={search.x} y={y} width={search.w} height={26} rx={13} className="fill-surface" />
          <Icon name="search" x={search.x + 8} y={y + 5} size={16} />
          <Label x={search.x + 30} y={y + 13} size={13} text={say('search')} tone="muted" />
        </g>,
        { name: 'search-box' },
      ),
    ],
  };
}
