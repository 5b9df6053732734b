import type { Platform } from '@/lib/platform/platforms';

/** One of LinkedIn's words as a picture draws it: the same everywhere, or per platform. */
type LabelEntry = {
  text: string;
  /** What a platform shows instead (the Android app's "More options"). */
  on?: Partial<Record<Platform, string>>;
  /** Other forms the same slot has been seen in, so a drawing leaves room for them too. */
  also?: readonly string[];
};

/**
 * Every word of LinkedIn's that a screen drawing shows, by key: buttons, tabs, menu items,
 * headings, the dialogs' words and sample row text. Drawings ask `labelText` for a key and
 * never spell the words themselves, so the words can be checked, sourced and translated here.
 */
const screenLabels = {
  // The top bar and the app's bottom bar.
  search: { text: 'Search' },
  home: { text: 'Home' },
  'my-network': { text: 'My Network' },
  jobs: { text: 'Jobs' },
  messaging: { text: 'Messaging' },
  notifications: { text: 'Notifications' },
  me: { text: 'Me' },
  // My Network.
  grow: { text: 'Grow' },
  'catch-up': { text: 'Catch up' },
  invitations: { text: 'Invitations', on: { android: 'Invitations (3)' } },
  'show-all': { text: 'Show all', also: ['Show all invitations'] },
  manage: { text: 'Manage' },
  'see-all': { text: 'See all' },
  connect: { text: 'Connect' },
  accept: { text: 'Accept' },
  ignore: { text: 'Ignore' },
  // The invitation manager.
  'manage-invitations': { text: 'Invitations', also: ['Manage invitations'] },
  received: { text: 'Received' },
  'sent-tab': { text: 'Sent' },
  'people-filter': { text: 'People (12)', also: ['People'] },
  'pages-filter': { text: 'Pages (4)', also: ['Pages'] },
  withdraw: { text: 'Withdraw' },
  'load-more': { text: 'Load more' },
  'sent-days': { text: 'Sent 2 days ago', also: ['Sent yesterday', 'Sent 11 hours ago'] },
  'sent-week': { text: 'Sent 1 week ago' },
  'sent-weeks': { text: 'Sent 3 weeks ago', also: ['Sent 6 months ago'] },
  // Profiles and their More menu.
  message: { text: 'Message' },
  pending: { text: 'Pending' },
  follow: { text: 'Follow' },
  following: { text: 'Following' },
  more: { text: 'More', on: { android: 'More options' } },
  'withdraw-invitation': { text: 'Withdraw invitation' },
  report: { text: 'Report' },
  block: { text: 'Block' },
  'remove-connection': { text: 'Remove connection' },
  // The dialogs.
  'withdraw-warning': {
    text: 'If you withdraw now, you won’t be able to resend to this person for up to 3 weeks.',
  },
  cancel: { text: 'Cancel' },
  remove: { text: 'Remove' },
} as const satisfies Record<string, LabelEntry>;

export type LabelKey = keyof typeof screenLabels;

const entries: Record<LabelKey, LabelEntry> = screenLabels;

export const labelKeys = Object.keys(screenLabels) as LabelKey[];

/** The one lookup of a label's words: what `key` reads on `platform`. */
export function labelText(key: LabelKey, platform: Platform): string {
  const entry = entries[key];
  return entry.on?.[platform] ?? entry.text;
}

/** Every text the catalog knows for a label, on any platform, in any form seen. */
export function labelTexts(key: LabelKey): string[] {
  const entry = entries[key];
  return [...new Set([entry.text, ...Object.values(entry.on ?? {}), ...(entry.also ?? [])])];
}
