import { invitationsPage } from '../../desktop/invitations';
import { browserWindow } from '../../desktop/window';
import type { DesktopView } from '../types';

export const sentListDesktop: DesktopView<'sent-list'> = () => [
  browserWindow('My Network'),
  invitationsPage({ tab: 'sent', pages: true }),
];
