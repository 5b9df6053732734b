import type { PhoneIdiom } from '../../phone/idiom';
import { phoneScreen } from '../../phone/phone';
import { profileButtons, profilePage } from '../../phone/profiles';
import { profiles } from '../../people';
import type { Drawing } from '../../scene';
import { pendingMenuEntries } from './entries';

export const pendingMenuPhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar(),
    profilePage(
      profiles.followFirst,
      profileButtons([{ label: 'Follow', kind: 'primary' }, { label: 'Message' }], {}),
    ),
    idiom.menu(pendingMenuEntries),
  );
