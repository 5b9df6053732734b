import { dropdown } from '../desktop/menu';
import { profilePage as desktopProfile } from '../desktop/profiles';
import { browserWindow } from '../desktop/window';
import { elementNamed } from '../scene';
import { phoneScreen } from '../phone/phone';
import { profilePage as phoneProfile } from '../phone/profiles';
import { invited, invitedMenu } from '../profile-kinds';
import type { View } from './view';

/**
 * The profile of someone you invited: Message, Pending beside it, and More; for the step about
 * Following, with the More menu open (Following sits there while the invitation is pending).
 */
export const pendingProfile: View<'pending-profile'> = {
  desktop: ({ highlight, say }) => {
    const { person, buttons } = invited(say, false);
    const page = desktopProfile(person, buttons);
    const menu =
      highlight === 'following'
        ? [dropdown(elementNamed([page.layer], 'more').box, invitedMenu(say))]
        : [];
    return [browserWindow(say), page.layer, ...menu];
  },
  phone: ({ idiom, highlight, say }) => {
    const { person, buttons, dots } = invited(say, true);
    const menu = highlight === 'following' ? [idiom.menu(invitedMenu(say), say('cancel'))] : [];
    return phoneScreen(idiom, idiom.pageBar(), phoneProfile(person, buttons, dots).layer, ...menu);
  },
};
