import type { MenuEntry } from '../../specs';
import type { Side } from '../../scene';

/** A connection's More menu; Block's callout goes where it hides no other entry on that platform. */
export const moreMenuEntries = (blockSide: Side): MenuEntry[] => [
  null,
  { label: 'Remove connection', icon: 'unlink', name: 'remove-connection', side: 'above' },
  { label: 'Block', icon: 'block', name: 'block', side: blockSide },
];
