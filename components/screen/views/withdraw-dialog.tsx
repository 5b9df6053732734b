import { dialog } from '../desktop/dialog';
import { invitationsPage as desktopPage } from '../desktop/invitations';
import { browserWindow } from '../desktop/window';
import { invitationsPage as phonePage } from '../phone/invitations';
import { phoneScreen } from '../phone/phone';
import type { Say } from '../say';
import type { ConfirmSpec } from '../specs';
import type { View } from './view';

const sent = { tab: 'sent', pages: false, loadMore: false } as const;

/** The confirm dialog, headed Withdraw invitation, with LinkedIn's three-week warning. */
const confirm = (say: Say): ConfirmSpec => ({
  title: say('withdraw-invitation'),
  message: say('withdraw-dialog-warning'),
  cancel: say('cancel'),
  confirm: say('withdraw'),
  name: 'confirm-withdraw',
});

export const withdrawDialog: View<'withdraw-dialog'> = {
  desktop: ({ say }) => [
    browserWindow(say, 'my-network'),
    desktopPage(say, sent),
    dialog(confirm(say)),
  ],
  phone: ({ idiom, say }) =>
    phoneScreen(
      idiom,
      idiom.pageBar(say('manage-invitations')),
      phonePage(say, sent),
      idiom.confirm(confirm(say)),
    ),
};
