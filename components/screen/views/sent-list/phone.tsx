import { invitationsPage } from '../../phone/invitations';
import { phoneScreen } from '../../phone/phone';
import type { PhoneView } from '../types';
import { sentShown } from './shown';

export const sentListPhone: PhoneView<'sent-list'> = (idiom, highlight) =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar('Invitations'),
    invitationsPage(sentShown(highlight)),
  );
