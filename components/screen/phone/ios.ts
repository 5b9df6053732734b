import type { PhoneIdiom } from './idiom';
import { iosPageBar, iosStatusBar, iosTabBar } from './ios-bars';
import { iosActionSheet, iosAlert } from './ios-overlays';

/** The iPhone app's forms: a tab bar, centred titles, alerts and action sheets. */
export const ios: PhoneIdiom = {
  os: 'ios',
  statusBar: iosStatusBar,
  tabBar: iosTabBar,
  pageBar: iosPageBar,
  confirm: iosAlert,
  menu: iosActionSheet,
};
