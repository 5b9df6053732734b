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

/**
 * An "Are you sure?" dialog, its words already said: its title (a placeholder line when no
 * source gives it), its message (placeholder lines likewise), Cancel and its confirm button.
 */
export type ConfirmSpec = {
  title?: string;
  message?: string;
  cancel: string;
  confirm: string;
  name: ScreenHighlight;
};
