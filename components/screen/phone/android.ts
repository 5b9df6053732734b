import { androidNavBar, androidStatusBar, androidTopBar } from './android-bars';
import { bottomSheet, materialDialog } from './android-overlays';
import type { PhoneIdiom } from './idiom';

/** The Android app's forms: Material navigation, leading titles, dialogs and bottom sheets. */
export const android: PhoneIdiom = {
  os: 'android',
  statusBar: androidStatusBar,
  tabBar: androidNavBar,
  pageBar: androidTopBar,
  confirm: materialDialog,
  menu: bottomSheet,
};
