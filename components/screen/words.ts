import type { ScreenHighlight, ScreenView } from '@/lib/screens/catalog';
import type { Words } from './types';

/** What each view shows, completing "Drawing of …". */
export const viewTitles: Record<ScreenView, string> = {
  home: 'the LinkedIn home screen',
  'my-network': 'the My Network page',
  invitations: 'the invitations page, on the Received tab',
  'sent-list': 'the list of invitations you sent',
  'withdraw-dialog': 'the “Withdraw invitation?” confirmation',
  search: 'the LinkedIn home screen',
  profile: 'the person’s profile',
  'more-menu': 'the person’s profile with the More menu open',
  'remove-dialog': 'the “Remove connection?” confirmation',
};

/** The words for each highlight, shared by every platform unless a drawing says otherwise. */
export const targetWords: { [V in ScreenView]: Record<ScreenHighlight<V>, Words> } = {
  home: {
    me: {
      label: 'Me',
      description: 'your photo, under Me in the top bar',
      callout: 'Check your photo',
    },
    'my-network': { label: 'My Network', description: 'the My Network icon (two people)' },
  },
  'my-network': {
    manage: { label: 'Manage', description: 'the Manage link beside Invitations' },
    'see-all': { label: 'See all', description: 'the See all link beside Invitations' },
  },
  invitations: {
    'sent-tab': { label: 'Sent', description: 'the Sent tab, next to Received' },
    'people-filter': { label: 'People', description: 'the People filter' },
  },
  'sent-list': {
    withdraw: { label: 'Withdraw', description: 'the Withdraw button on the person’s row' },
    'people-filter': { label: 'People', description: 'the People filter above the list' },
  },
  'withdraw-dialog': {
    'confirm-withdraw': { label: 'Withdraw', description: 'the Withdraw button in the dialog' },
  },
  search: {
    'search-box': { label: 'Search', description: 'the Search box at the top' },
  },
  profile: {
    more: { label: 'More', description: 'the More button under their name' },
  },
  'more-menu': {
    'remove-connection': {
      label: 'Remove connection',
      description: 'Remove connection in the menu',
    },
    block: { label: 'Block', description: 'Block in the menu' },
  },
  'remove-dialog': {
    'confirm-remove': { label: 'Remove', description: 'the Remove button in the dialog' },
  },
};
