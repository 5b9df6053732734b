import type { ScreenHighlight } from '@/lib/screens/catalog';

const labels = { manage: 'Manage', 'see-all': 'See all' } as const;

/** The entry link beside Invitations, in the form the step is about. */
export function entryLink(highlight: ScreenHighlight<'my-network'>) {
  return { name: highlight, label: labels[highlight] };
}
