import type { Platform } from '@/lib/platform/platforms';
import { isHighlightOf, type ScreenView } from '@/lib/screens/catalog';
import { desktop } from './browser-window';
import { Highlight } from './highlight';
import { phone } from './phone';
import type { Drawing, Target, Words } from './types';
import { viewsByPlatform } from './views';
import { targetWords, viewTitles } from './words';

const verbs: Record<Platform, string> = { desktop: 'Click', ios: 'Tap', android: 'Tap' };
const where: Record<Platform, string> = {
  desktop: 'in a web browser',
  ios: 'in the iPhone app',
  android: 'in the Android app',
};

/**
 * An original, simplified drawing of the screen a step is on, with the thing to click or tap
 * ringed and named. Server-rendered SVG; only the ring's pulse is a client leaf. Content names
 * view and highlight, and the flow loader has already rejected any the catalog lacks.
 */
export function Screen({
  platform,
  view,
  highlight,
}: {
  platform: Platform;
  view: ScreenView;
  highlight: string;
}) {
  if (!isHighlightOf(view, highlight)) {
    throw new Error(
      `<Screen view="${view}" highlight="${highlight}">: the screen catalog has no such view or element`,
    );
  }
  const draw = viewsByPlatform[platform][view] as (highlight: string) => Drawing;
  const drawing = draw(highlight);
  const shared = (targetWords[view] as Record<string, Words>)[highlight]!;
  const target: Target & Words = { ...shared, ...drawing.targets[highlight]! };
  const size = platform === 'desktop' ? desktop : phone;
  const text = target.callout ?? `${verbs[platform]} ${target.label}`;
  return (
    <div
      data-screen={`${platform}:${view}:${highlight}`}
      className={`mx-auto w-full ${platform === 'desktop' ? 'max-w-[36rem]' : 'max-w-[17rem]'}`}
    >
      <svg
        role="img"
        aria-label={`Drawing of ${viewTitles[view]} ${where[platform]}: ${target.description} is highlighted.`}
        viewBox={`0 0 ${size.w} ${size.h}`}
        width={size.w}
        height={size.h}
        className="block h-auto w-full select-none"
      >
        {drawing.body}
        <Highlight
          name={highlight}
          box={target.box}
          text={text}
          size={size.font}
          bounds={size}
          side={target.side}
        />
      </svg>
    </div>
  );
}
