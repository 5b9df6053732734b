import type { MenuEntry } from '../../specs';

/**
 * The More menu of a profile whose main button is Follow: Connect, and once you have invited
 * them Withdraw invitation, sit here. The first row stands for entries like "Send profile in
 * a message", under the callout.
 */
export const pendingMenuEntries: readonly MenuEntry[] = [
  null,
  { label: 'Withdraw invitation', icon: 'undo', name: 'withdraw-invitation', side: 'above' },
  { label: 'Save to PDF', icon: 'file' },
  { label: 'Report / Block', icon: 'flag' },
];
