import type { ScreenHighlight } from '@/lib/screens/catalog';
import { invitationsPage as desktopPage, type InvitationsShown } from '../desktop/invitations';
import { browserWindow } from '../desktop/window';
import { invitationsPage as phonePage } from '../phone/invitations';
import { phoneScreen } from '../phone/phone';
import type { View } from './view';

/**
 * The Sent tab. Older rows load as you scroll inside the list (Sept–Oct 2026); the older layout,
 * with Load more at the bottom, is drawn for the step about it. The People filter matters when
 * Page invitations show too, so its picture has them; the others show people only, which leaves
 * the Withdraw callout room above its row.
 */
const shown = (highlight: ScreenHighlight<'sent-list'>): InvitationsShown => ({
  tab: 'sent',
  pages: highlight === 'people-filter',
  loadMore: highlight === 'load-more',
});

export const sentList: View<'sent-list'> = {
  desktop: ({ highlight, say }) => [
    browserWindow(say, 'my-network'),
    desktopPage(say, shown(highlight)),
  ],
  phone: ({ idiom, highlight, say }) =>
    phoneScreen(idiom, idiom.pageBar(say('manage-invitations')), phonePage(say, shown(highlight))),
};
