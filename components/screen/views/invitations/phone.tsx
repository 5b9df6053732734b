import type { PhoneIdiom } from '../../phone/idiom';
import { invitationsPage } from '../../phone/invitations';
import { phoneScreen } from '../../phone/phone';
import type { Drawing } from '../../scene';

export const invitationsPhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar('Invitations'),
    invitationsPage({ tab: 'received', pages: true }),
  );
