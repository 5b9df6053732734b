import { invitationsPage } from '../../desktop/invitations';
import { browserWindow } from '../../desktop/window';
import type { DesktopView } from '../types';
import { sentShown } from './shown';

export const sentListDesktop: DesktopView<'sent-list'> = (highlight) => [
  browserWindow('My Network'),
  invitationsPage(sentShown(highlight)),
];
