import { dialog } from '../../desktop/dialog';
import { invitationsPage } from '../../desktop/invitations';
import { browserWindow } from '../../desktop/window';
import type { Drawing } from '../../scene';
import { withdrawConfirm } from './confirm';

export const withdrawDialogDesktop = (): Drawing => [
  browserWindow('My Network'),
  invitationsPage({ tab: 'sent', pages: false }),
  dialog(withdrawConfirm),
];
