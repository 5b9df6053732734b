import { profileButtons, profilePage } from '../../desktop/profiles';
import { browserWindow } from '../../desktop/window';
import { profiles } from '../../people';
import type { Drawing } from '../../scene';

/** The profile of someone you invited: Pending where Connect was, beside Message and More. */
export const pendingProfileDesktop = (): Drawing => [
  browserWindow(),
  profilePage(
    profiles.invited,
    profileButtons([
      { label: 'Pending', name: 'pending' },
      { label: 'Message' },
      { label: 'More', name: 'more' },
    ]),
  ),
];
