import type { ScreenHighlight, ScreenView } from '@/lib/screens/catalog';
import type { PhoneIdiom } from '../phone/idiom';
import type { Say } from '../say';
import type { Drawing } from '../scene';

/** What a view is drawn for: the element a step highlights, and LinkedIn's words to draw. */
export type ViewContext<V extends ScreenView> = { highlight: ScreenHighlight<V>; say: Say };

/**
 * One view, drawn for a browser window and, once for both phones, in the app: each phone's own
 * forms (its bars, dialogs and sheets) come from its idiom.
 */
export type View<V extends ScreenView> = {
  desktop(context: ViewContext<V>): Drawing;
  phone(context: ViewContext<V> & { idiom: PhoneIdiom }): Drawing;
};
