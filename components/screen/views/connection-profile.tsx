import { dialog } from '../desktop/dialog';
import { dropdown } from '../desktop/menu';
import { profilePage as desktopProfile } from '../desktop/profiles';
import { browserWindow } from '../desktop/window';
import { phoneScreen } from '../phone/phone';
import { profilePage as phoneProfile } from '../phone/profiles';
import { connection, connectionMenu } from '../profile-kinds';
import { elementNamed } from '../scene';
import type { Say } from '../say';
import type { ConfirmSpec } from '../specs';
import type { View } from './view';

/** Its title and message are not drawn: no source gives their words. */
const removeConfirm = (say: Say): ConfirmSpec => ({
  cancel: say('cancel'),
  confirm: say('remove'),
  name: 'confirm-remove',
});

/** One of your connections' profiles, alone, with its More menu open, or under the remove dialog. */
function connectionViews(over: 'nothing' | 'menu' | 'dialog') {
  const view: View<'profile' | 'more-menu' | 'remove-dialog'> = {
    desktop: ({ say }) => {
      const { person, buttons } = connection(say);
      const page = desktopProfile(person, buttons);
      const more = elementNamed([page.layer], 'more').box;
      const top = {
        nothing: [],
        menu: [dropdown(more, connectionMenu(say))],
        dialog: [dialog(removeConfirm(say))],
      }[over];
      return [browserWindow(say), page.layer, ...top];
    },
    phone: ({ idiom, say }) => {
      const { person, buttons } = connection(say);
      const top = {
        nothing: [],
        menu: [idiom.menu(connectionMenu(say), say('cancel'))],
        dialog: [idiom.confirm(removeConfirm(say))],
      }[over];
      return phoneScreen(idiom, idiom.pageBar(), phoneProfile(person, buttons).layer, ...top);
    },
  };
  return view;
}

export const profile: View<'profile'> = connectionViews('nothing');
export const moreMenu: View<'more-menu'> = connectionViews('menu');
export const removeDialog: View<'remove-dialog'> = connectionViews('dialog');
