import type { ScreenHighlight } from '@/lib/screens/catalog';
import type { IconName } from './icons';
import type { Side } from './scene';

/**
 * One entry of a More menu, for any platform's form of it; null is a placeholder line that
 * stands for the menu's other entries, so a callout may cover it.
 */
export type MenuEntry = {
  label: string;
  icon: IconName;
  name?: ScreenHighlight;
  side?: Side;
} | null;

/** An "Are you sure?" dialog: its title, its message (placeholder lines when the words are unknown), its confirm button. */
export type ConfirmSpec = {
  title: string;
  message?: string;
  confirm: string;
  name: ScreenHighlight;
};

/** Which tab of the invitation manager, and whether Page invitations show beside people's. */
export type InvitationsShown = { tab: 'received' | 'sent'; pages: boolean };
