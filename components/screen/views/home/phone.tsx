import { appTopBar } from '../../phone/app-bar';
import type { PhoneIdiom } from '../../phone/idiom';
import { feed } from '../../phone/pages';
import { phoneScreen } from '../../phone/phone';
import type { Drawing } from '../../scene';

/** The feed between the top bar (your photo, Search) and the tab bar (My Network). */
export const homePhone = (idiom: PhoneIdiom): Drawing =>
  phoneScreen(idiom, 'home', appTopBar, feed);
