import type { ReactNode } from 'react';
import type { Say } from '../say';
import type { ConfirmSpec, MenuEntry } from '../specs';
import type { Layer } from '../scene';

type Os = 'ios' | 'android';
/** The bottom bar's tabs a picture can show as current. */
export type Tab = 'home' | 'my-network';

/**
 * What an app screen looks like on one phone platform: the same screens are drawn for both,
 * and each platform's own forms (its bars, its dialogs, its sheets) come from here.
 */
export type PhoneIdiom = {
  os: Os;
  /** The clock, the camera's cut-out, signal and battery. */
  statusBar: ReactNode;
  /** The bottom bar with `active` the current tab; its My Network tab is named. */
  tabBar(active: Tab, say: Say): Layer;
  /** A pushed page's bar: back, then a title (or, with none, a search bar). */
  pageBar(title?: string): Layer;
  /** An "Are you sure?" over the dimmed screen. */
  confirm(spec: ConfirmSpec): Layer;
  /** The More menu, rising from the bottom of the screen; `cancel` closes it where it has a button for that. */
  menu(entries: readonly MenuEntry[], cancel: string): Layer;
};
