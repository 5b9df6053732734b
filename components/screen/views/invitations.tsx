import { invitationsPage as desktopPage } from '../desktop/invitations';
import { browserWindow } from '../desktop/window';
import { invitationsPage as phonePage } from '../phone/invitations';
import { phoneScreen } from '../phone/phone';
import type { View } from './view';

/** The invitation manager on its Received tab, Page invitations among them. */
const shown = { tab: 'received', pages: true, loadMore: false } as const;

export const invitations: View<'invitations'> = {
  desktop: ({ say }) => [browserWindow(say, 'my-network'), desktopPage(say, shown)],
  phone: ({ idiom, say }) =>
    phoneScreen(idiom, idiom.pageBar(say('manage-invitations')), phonePage(say, shown)),
};
