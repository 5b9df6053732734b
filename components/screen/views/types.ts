import type { ScreenHighlight, ScreenView } from '@/lib/screens/catalog';
import type { PhoneIdiom } from '../phone/idiom';
import type { Drawing } from '../scene';

/** A view drawn in a browser window, for the element a step highlights. */
export type DesktopView<V extends ScreenView> = (highlight: ScreenHighlight<V>) => Drawing;

/** A view drawn in the app, once for both phones: each platform's forms come from its idiom. */
export type PhoneView<V extends ScreenView> = (
  idiom: PhoneIdiom,
  highlight: ScreenHighlight<V>,
) => Drawing;
