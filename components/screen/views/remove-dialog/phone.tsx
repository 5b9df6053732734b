import type { PhoneIdiom } from '../../phone/idiom';
import { phoneScreen } from '../../phone/phone';
import type { Drawing } from '../../scene';
import { connectionProfile } from '../profile/phone';
import { removeConfirm } from './confirm';

export const removeDialogPhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(idiom, undefined, idiom.pageBar(), connectionProfile(), idiom.confirm(removeConfirm));
