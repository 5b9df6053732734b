import { dropdown } from '../desktop/menu';
import { profilePage as desktopProfile } from '../desktop/profiles';
import { browserWindow } from '../desktop/window';
import { phoneScreen } from '../phone/phone';
import { profilePage as phoneProfile } from '../phone/profiles';
import { followFirst, followFirstMenu } from '../profile-kinds';
import type { View } from './view';

/**
 * A Follow-first profile with its More menu open. The invitation's entry reads Pending; the
 * older layout's Withdraw invitation gets a picture of its own.
 */
export const pendingMenu: View<'pending-menu'> = {
  desktop: ({ highlight, say }) => {
    const { person, buttons } = followFirst(say, false);
    const page = desktopProfile(person, buttons);
    const more = page.buttons.at(-1)!.box;
    return [
      browserWindow(say),
      page.layer,
      dropdown(more, followFirstMenu(say, highlight === 'withdraw-invitation')),
    ];
  },
  phone: ({ idiom, highlight, say }) => {
    const { person, buttons } = followFirst(say, true);
    return phoneScreen(
      idiom,
      idiom.pageBar(),
      phoneProfile(person, buttons).layer,
      idiom.menu(followFirstMenu(say, highlight === 'withdraw-invitation'), say('cancel')),
    );
  },
};
