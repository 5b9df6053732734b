import type { PhoneIdiom } from '../../phone/idiom';
import { phoneScreen } from '../../phone/phone';
import { profileButtons, profilePage } from '../../phone/profiles';
import { profiles } from '../../people';
import type { Drawing } from '../../scene';

/** One of your connections' profiles in the app: Message, and More. */
export const connectionProfile = () =>
  profilePage(
    profiles.connection,
    profileButtons([
      { label: 'Message', kind: 'primary' },
      { label: 'More', name: 'more' },
    ]),
  );

export const profilePhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(idiom, undefined, idiom.pageBar(), connectionProfile());
