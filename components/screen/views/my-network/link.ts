import type { ScreenHighlight } from '@/lib/screens/catalog';

/** The entry link beside Invitations, in one of the forms LinkedIn has shown it in. */
export type EntryLink =
  { name: 'show-all' | 'manage' | 'see-all'; label: string } | { name: 'arrow' };

const labels = { 'show-all': 'Show all', manage: 'Manage', 'see-all': 'See all' } as const;

/**
 * "Show all", the label with the freshest evidence, unless the step is about one of the older
 * forms, which each get a picture of their own.
 */
export function entryLink(highlight: ScreenHighlight<'my-network'>): EntryLink {
  if (highlight === 'arrow') return { name: 'arrow' };
  const name = highlight === 'grow-tab' ? 'show-all' : highlight;
  return { name, label: labels[name] };
}
