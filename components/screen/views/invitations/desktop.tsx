import { invitationsPage } from '../../desktop/invitations';
import { browserWindow } from '../../desktop/window';
import type { Drawing } from '../../scene';

export const invitationsDesktop = (): Drawing => [
  browserWindow('My Network'),
  invitationsPage({ tab: 'received', pages: true }),
];
