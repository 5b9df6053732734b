import type { PhoneIdiom } from '../../phone/idiom';
import { invitationsPage } from '../../phone/invitations';
import { phoneScreen } from '../../phone/phone';
import type { Drawing } from '../../scene';
import { withdrawConfirm } from './confirm';

export const withdrawDialogPhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar('Invitations'),
    invitationsPage({ tab: 'sent', pages: false }),
    idiom.confirm(withdrawConfirm),
  );
