import { fit } from '../geometry';
import { Button } from '../button';
import { confirmDialog } from '../dialogs';
import { moreMenu } from '../menus';
import { Phone, phone, type Os } from '../phone';
import { AppTopBar, meBox, phoneSearchBox, tabBox } from '../phone-bars';
import { Label, Rule } from '../shapes';
import type { ViewSet } from '../types';
import {
  Answer,
  chips,
  Feed,
  Invitations,
  more,
  PeopleYouMayKnow,
  PersonRow,
  Profile,
  tabBoxes,
  withdrawBox,
} from './mobile-pages';

const F = phone.font;
const invitationsLink = (label: string) => fit(label, F, { right: 226, y: 88, h: 28 });

/** The app's screens, drawn for iPhone or Android: same content, each platform's own chrome. */
export function mobileViews(os: Os): ViewSet {
  const withdrawDialog = confirmDialog(os, 'Withdraw invitation?', 'Withdraw');
  const removeDialog = confirmDialog(os, 'Remove connection?', 'Remove');
  const menu = moreMenu(os, more);
  return {
    home: () => ({
      body: (
        <Phone os={os} tab="home">
          <AppTopBar />
          <Feed />
        </Phone>
      ),
      targets: {
        me: {
          box: meBox,
          label: 'your photo',
          callout: 'Tap your photo',
          description: 'your photo at the top left',
        },
        'my-network': {
          box: tabBox(os, 'my-network'),
          description: 'the My Network tab (two people) in the bottom bar',
        },
      },
    }),
    'my-network': (highlight) => {
      const label = highlight === 'see-all' ? 'See all' : 'Manage';
      return {
        body: (
          <Phone os={os} tab="my-network">
            <AppTopBar />
            <Label x={20} y={102} size={15} text="Invitations" bold />
            <Button box={invitationsLink(label)} label={label} size={F} kind="text" />
            <PersonRow y={118} />
            <Answer cy={146} />
            <Rule x1={8} x2={232} y={176} />
            <PeopleYouMayKnow />
          </Phone>
        ),
        targets: {
          manage: { box: invitationsLink('Manage') },
          'see-all': { box: invitationsLink('See all') },
        },
      };
    },
    invitations: () => ({
      body: <Invitations os={os} sent={false} />,
      targets: { 'sent-tab': { box: tabBoxes[1]! }, 'people-filter': { box: chips[0]! } },
    }),
    'sent-list': () => ({
      body: <Invitations os={os} sent />,
      targets: {
        withdraw: { box: withdrawBox, side: 'left' },
        'people-filter': { box: chips[0]! },
      },
    }),
    'withdraw-dialog': () => ({
      body: (
        <>
          <Invitations os={os} sent />
          {withdrawDialog.node}
        </>
      ),
      targets: { 'confirm-withdraw': { box: withdrawDialog.confirm, side: 'below' } },
    }),
    search: () => ({
      body: (
        <Phone os={os} tab="home">
          <AppTopBar />
          <Feed />
        </Phone>
      ),
      targets: { 'search-box': { box: phoneSearchBox, description: 'the Search bar at the top' } },
    }),
    profile: () => ({ body: <Profile os={os} />, targets: { more: { box: more } } }),
    'more-menu': () => ({
      body: (
        <>
          <Profile os={os} />
          {menu.node}
        </>
      ),
      targets: {
        'remove-connection': { box: menu.remove, side: 'above' },
        block: { box: menu.block, side: os === 'ios' ? 'below' : 'right' },
      },
    }),
    'remove-dialog': () => ({
      body: (
        <>
          <Profile os={os} />
          {removeDialog.node}
        </>
      ),
      targets: { 'confirm-remove': { box: removeDialog.confirm, side: 'below' } },
    }),
  };
}
