import { invitationsPage } from '../../phone/invitations';
import { phoneScreen } from '../../phone/phone';
import type { PhoneView } from '../types';

export const sentListPhone: PhoneView<'sent-list'> = (idiom) =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar('Invitations'),
    invitationsPage({ tab: 'sent', pages: true }),
  );
