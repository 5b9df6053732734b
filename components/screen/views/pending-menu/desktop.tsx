import { dropdown } from '../../desktop/menu';
import { profileButtons, profilePage } from '../../desktop/profiles';
import { browserWindow } from '../../desktop/window';
import { profiles } from '../../people';
import type { Drawing } from '../../scene';
import { pendingMenuEntries } from './entries';

export const pendingMenuDesktop = (): Drawing => {
  const buttons = profileButtons([
    { label: 'Follow', kind: 'primary' },
    { label: 'Message' },
    { label: 'More' },
  ]);
  return [
    browserWindow(),
    profilePage(profiles.followFirst, buttons),
    dropdown(buttons[2]!.box, pendingMenuEntries),
  ];
};
