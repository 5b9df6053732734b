import type { Platform } from '@/lib/platform/platforms';
import type { ScreenView } from '@/lib/screens/catalog';
import { android } from '../phone/android';
import { ios } from '../phone/ios';
import { homeDesktop } from './home/desktop';
import { homePhone } from './home/phone';
import { invitationsDesktop } from './invitations/desktop';
import { invitationsPhone } from './invitations/phone';
import { moreMenuDesktop } from './more-menu/desktop';
import { moreMenuPhone } from './more-menu/phone';
import { myNetworkDesktop } from './my-network/desktop';
import { myNetworkPhone } from './my-network/phone';
import { pendingMenuDesktop } from './pending-menu/desktop';
import { pendingMenuPhone } from './pending-menu/phone';
import { pendingProfileDesktop } from './pending-profile/desktop';
import { pendingProfilePhone } from './pending-profile/phone';
import { profileDesktop } from './profile/desktop';
import { profilePhone } from './profile/phone';
import { removeDialogDesktop } from './remove-dialog/desktop';
import { removeDialogPhone } from './remove-dialog/phone';
import { sentListDesktop } from './sent-list/desktop';
import { sentListPhone } from './sent-list/phone';
import type { DesktopView, PhoneView } from './types';
import { withdrawDialogDesktop } from './withdraw-dialog/desktop';
import { withdrawDialogPhone } from './withdraw-dialog/phone';

type ForEveryPlatform<V extends ScreenView> = Record<Platform, DesktopView<V>>;

function drawn<V extends ScreenView>(
  desktop: DesktopView<V>,
  phone: PhoneView<V>,
): ForEveryPlatform<V> {
  return {
    desktop,
    ios: (highlight) => phone(ios, highlight),
    android: (highlight) => phone(android, highlight),
  };
}

/** Every view of the catalog for every platform; the types make a missing one a compile error. */
export const drawings: { [V in ScreenView]: ForEveryPlatform<V> } = {
  home: drawn(homeDesktop, homePhone),
  // The same screen: the Search box is in its top bar.
  search: drawn(homeDesktop, homePhone),
  'my-network': drawn(myNetworkDesktop, myNetworkPhone),
  invitations: drawn(invitationsDesktop, invitationsPhone),
  'sent-list': drawn(sentListDesktop, sentListPhone),
  'withdraw-dialog': drawn(withdrawDialogDesktop, withdrawDialogPhone),
  'pending-profile': drawn(pendingProfileDesktop, pendingProfilePhone),
  'pending-menu': drawn(pendingMenuDesktop, pendingMenuPhone),
  profile: drawn(profileDesktop, profilePhone),
  'more-menu': drawn(moreMenuDesktop, moreMenuPhone),
  'remove-dialog': drawn(removeDialogDesktop, removeDialogPhone),
};
