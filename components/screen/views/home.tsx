import { feed as desktopFeed } from '../desktop/pages';
import { browserWindow } from '../desktop/window';
import { appTopBar } from '../phone/app-bar';
import { feed as phoneFeed } from '../phone/pages';
import { phoneScreen } from '../phone/phone';
import type { View } from './view';

/**
 * The feed under the top bar, whose items (Me, My Network, Search) steps point at; in the app,
 * between the top bar (your photo, Search) and the tab bar (My Network).
 */
export const home: View<'home' | 'search'> = {
  desktop: ({ say }) => [browserWindow(say, 'home'), desktopFeed],
  phone: ({ idiom, say }) =>
    phoneScreen(idiom, appTopBar(say), phoneFeed, idiom.tabBar('home', say)),
};
