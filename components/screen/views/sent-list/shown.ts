import type { ScreenHighlight } from '@/lib/screens/catalog';
import type { InvitationsShown } from '../../specs';

/**
 * The Sent tab. The People filter matters when Page invitations show too, so its picture has
 * them; the others show people only, which leaves the Withdraw callout room above its row.
 */
export const sentShown = (highlight: ScreenHighlight<'sent-list'>): InvitationsShown => ({
  tab: 'sent',
  pages: highlight === 'people-filter',
});
