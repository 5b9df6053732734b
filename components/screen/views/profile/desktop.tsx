import { profileButtons, profilePage } from '../../desktop/profiles';
import { browserWindow } from '../../desktop/window';
import { profiles } from '../../people';
import type { Drawing } from '../../scene';

/** One of your connections' profiles: Message, and More (where Remove connection is). */
export function connectionProfile() {
  const [message, more] = profileButtons([
    { label: 'Message', kind: 'primary' },
    { label: 'More', name: 'more', side: 'right' },
  ]);
  return { page: profilePage(profiles.connection, [message!, more!]), more: more! };
}

export const profileDesktop = (): Drawing => [browserWindow(), connectionProfile().page];
