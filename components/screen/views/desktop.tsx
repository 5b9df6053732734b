import { BrowserWindow, desktop, navItemBox, searchBox } from '../browser-window';
import { Button } from '../button';
import { confirmDialog } from '../dialogs';
import { textWidth, type Box } from '../geometry';
import { moreMenu } from '../menus';
import { Avatar, Bar, Card, Label, Rule } from '../shapes';
import type { ViewSet } from '../types';
import {
  Answer,
  chips,
  Feed,
  Invitations,
  more,
  PersonRow,
  Profile,
  tabs,
  withdraw,
} from './desktop-pages';

const F = desktop.font;

// A text link: its box hugs the words, leaving room on its left for the callout.
const invitationsLink = (label: string): Box => {
  const w = Math.round(textWidth(label, F, true) + 8);
  return { x: 530 - w, y: 106, w, h: 40 };
};
const withdrawDialog = confirmDialog('desktop', 'Withdraw invitation?', 'Withdraw');
const removeDialog = confirmDialog('desktop', 'Remove connection?', 'Remove');
const menu = moreMenu('desktop', more);

export const desktopViews: ViewSet = {
  home: () => ({
    body: (
      <BrowserWindow active="home">
        <Feed />
      </BrowserWindow>
    ),
    targets: { me: { box: navItemBox('me') }, 'my-network': { box: navItemBox('my-network') } },
  }),
  'my-network': (highlight) => {
    const label = highlight === 'see-all' ? 'See all' : 'Manage';
    return {
      body: (
        <BrowserWindow active="my-network">
          <Card box={{ x: 24, y: 100, w: 512, h: 150 }} />
          <Label x={40} y={126} size={F} text="Invitations" />
          <Button box={invitationsLink(label)} label={label} size={F} kind="text" />
          <Rule x1={24} x2={536} y={150} />
          <PersonRow y={162} />
          <Answer y={173} />
          <Card box={{ x: 24, y: 264, w: 512, h: 86 }} />
          <Bar x={44} y={282} w={190} h={11} strong />
          {[66, 176, 286, 396].map((cx) => (
            <Avatar key={cx} cx={cx} cy={322} r={16} />
          ))}
        </BrowserWindow>
      ),
      targets: {
        manage: { box: invitationsLink('Manage'), side: 'left' },
        'see-all': { box: invitationsLink('See all'), side: 'left' },
      },
    };
  },
  invitations: () => ({
    body: <Invitations sent={false} />,
    targets: { 'sent-tab': { box: tabs[1]! }, 'people-filter': { box: chips[0]! } },
  }),
  'sent-list': () => ({
    body: <Invitations sent />,
    targets: { withdraw: { box: withdraw, side: 'above' }, 'people-filter': { box: chips[0]! } },
  }),
  'withdraw-dialog': () => ({
    body: (
      <>
        <Invitations sent />
        {withdrawDialog.node}
      </>
    ),
    targets: { 'confirm-withdraw': { box: withdrawDialog.confirm, side: 'below' } },
  }),
  search: () => ({
    body: (
      <BrowserWindow active="home">
        <Feed />
      </BrowserWindow>
    ),
    targets: { 'search-box': { box: searchBox, description: 'the Search box at the top left' } },
  }),
  profile: () => ({ body: <Profile />, targets: { more: { box: more, side: 'right' } } }),
  'more-menu': () => ({
    body: (
      <>
        <Profile />
        {menu.node}
      </>
    ),
    targets: {
      'remove-connection': { box: menu.remove, side: 'above' },
      block: { box: menu.block, side: 'right' },
    },
  }),
  'remove-dialog': () => ({
    body: (
      <>
        <Profile />
        {removeDialog.node}
      </>
    ),
    targets: { 'confirm-remove': { box: removeDialog.confirm, side: 'below' } },
  }),
};
