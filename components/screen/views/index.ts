import type { Platform } from '@/lib/platform/platforms';
import type { ScreenView } from '@/lib/screens/catalog';
import { android } from '../phone/android';
import { ios } from '../phone/ios';
import type { Say } from '../say';
import type { Drawing } from '../scene';
import { moreMenu, profile, removeDialog } from './connection-profile';
import { home } from './home';
import { invitations } from './invitations';
import { myNetwork } from './my-network';
import { pendingMenu } from './pending-menu';
import { pendingProfile } from './pending-profile';
import { sentList } from './sent-list';
import type { View } from './view';
import { withdrawDialog } from './withdraw-dialog';

/** Every view of the catalog, one file each; the type makes a missing one a compile error. */
const views: { [V in ScreenView]: View<V> } = {
  home,
  // The same screen: the Search box is in its top bar.
  search: home,
  'my-network': myNetwork,
  invitations,
  'sent-list': sentList,
  'withdraw-dialog': withdrawDialog,
  'pending-profile': pendingProfile,
  'pending-menu': pendingMenu,
  profile,
  'more-menu': moreMenu,
  'remove-dialog': removeDialog,
};

const idioms = { ios, android } as const;

/** One view drawn for one platform, for the element a step highlights, in the words `say` gives. */
export function drawView(
  view: ScreenView,
  platform: Platform,
  highlight: string,
  say: Say,
): Drawing {
  const drawing = views[view] as View<ScreenView>;
  const context = { highlight: highlight as never, say };
  return platform === 'desktop'
    ? drawing.desktop(context)
    : drawing.phone({ ...context, idiom: idioms[platform] });
}
