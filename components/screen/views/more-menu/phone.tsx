import type { PhoneIdiom } from '../../phone/idiom';
import { phoneScreen } from '../../phone/phone';
import type { Drawing } from '../../scene';
import { connectionProfile } from '../profile/phone';
import { moreMenuEntries } from './entries';

// Below Block on iOS is Cancel's own group; on Android there is room beside it.
const blockSide = { ios: 'below', android: 'right' } as const;

export const moreMenuPhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(
    idiom,
    undefined,
    idiom.pageBar(),
    connectionProfile(),
    idiom.menu(moreMenuEntries(blockSide[idiom.os])),
  );
