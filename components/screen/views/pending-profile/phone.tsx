import type { PhoneIdiom } from '../../phone/idiom';
import { phoneScreen } from '../../phone/phone';
import { profileButtons, profilePage } from '../../phone/profiles';
import { profiles } from '../../people';
import type { Drawing } from '../../scene';

/** The profile of someone you invited: Pending where Connect was, Message, and More (…). */
export const pendingProfilePhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar(),
    profilePage(
      profiles.invited,
      profileButtons([{ label: 'Pending', name: 'pending' }, { label: 'Message' }], {
        name: 'more',
      }),
    ),
  );
