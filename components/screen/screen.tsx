import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import {
  drawingName,
  englishScreenWords,
  isHighlightOf,
  wordsFor,
  type ScreenView,
  type ScreenWriter,
} from '@/lib/screens/catalog';
import { labelText } from '@/lib/screens/labels';
import { frames } from './frames';
import { Highlight } from './highlight';
import type { Say } from './say';
import { elementNamed, keepClear, Paint } from './scene';
import { drawView } from './views';

/**
 * An original, simplified drawing of the screen a step is on, with the thing to click or tap
 * ringed and named. Server-rendered SVG; only the ring's pulse is a client leaf. Content names
 * view and highlight, and the flow loader has already rejected any the catalog lacks.
 */
export function Screen({
  platform,
  view,
  highlight,
  locale = defaultLocale,
  say = (key) => labelText(key, platform, locale),
  words,
}: {
  platform: Platform;
  /** The page's language: LinkedIn's words are drawn in it where a dated source shows them. */
  locale?: Locale;
  view: ScreenView;
  highlight: string;
  /** LinkedIn's words to draw: the catalog's for the platform (the longest-label test passes longer ones). */
  say?: Say;
  /**
   * The drawing's own words (what it shows, where, the callout's verb) in the page's language:
   * `screenWords(locale)` from lib/screens/words.ts, read on the server (the step and variant
   * panels pass it). English's by default, so the drawing code stays importable outside the
   * server (the longest-label test draws in plain Node).
   */
  words?: ScreenWriter;
}) {
  if (!isHighlightOf(view, highlight)) {
    throw new Error(
      `<Screen view="${view}" highlight="${highlight}">: the screen catalog has no such view or element`,
    );
  }
  const frame = frames[platform];
  const drawing = drawView(view, platform, highlight, say);
  const target = elementNamed(drawing, highlight);
  const write = words ?? englishScreenWords;
  const targetWords = wordsFor(platform, view, highlight, say, write);
  const { size } = frame;
  return (
    <div className={`mx-auto w-full ${frame.width}`}>
      <svg
        role="img"
        aria-label={drawingName(view, platform, highlight, say, write)}
        viewBox={`0 0 ${size.w} ${size.h}`}
        width={size.w}
        height={size.h}
        className="block h-auto w-full select-none"
      >
        <Paint drawing={drawing} target={target} />
        <Highlight
          name={highlight}
          box={target.box}
          text={targetWords.callout}
          size={size.font}
          bounds={size}
          side={target.side}
          avoid={keepClear(drawing, target)}
        />
      </svg>
    </div>
  );
}
