import type { Platform } from '@/lib/platform/platforms';

/** How a picture names something a step asks the person to find. */
type TargetWords = {
  /** The thing's name after "Click"/"Tap" in the callout, e.g. "Withdraw". */
  label: string;
  /** Completes "… is highlighted" in the picture's text alternative. */
  description: string;
  /** Replaces "Click …"/"Tap …" when the step asks to look rather than press. */
  callout?: string;
};

type TargetEntry = TargetWords & {
  /** Words a platform needs instead (a phone's tab bar, a photo that has no "Me" under it). */
  on?: Partial<Record<Platform, Partial<TargetWords>>>;
};

type ViewEntry = {
  /** What the view shows, completing "Drawing of …". */
  title: string;
  targets: Record<string, TargetEntry>;
};

const phones = (words: Partial<TargetWords>) => ({ ios: words, android: words });

/**
 * The screens the illustrations can draw, the elements each can highlight, and the words for
 * both. Content names them in <Screen view="…" highlight="…" />; the flow loader rejects
 * anything not listed here, and components/screen/views draws each view for each platform.
 */
const screenCatalog = {
  home: {
    title: 'the LinkedIn home screen',
    targets: {
      me: {
        label: 'Me',
        description: 'your photo, under Me in the top bar',
        callout: 'Check your photo',
        on: phones({
          label: 'your photo',
          callout: 'Tap your photo',
          description: 'your photo at the top left',
        }),
      },
      'my-network': {
        label: 'My Network',
        description: 'the My Network icon (two people)',
        on: phones({ description: 'the My Network tab (two people) in the bottom bar' }),
      },
    },
  },
  search: {
    title: 'the LinkedIn home screen',
    targets: {
      'search-box': {
        label: 'Search',
        description: 'the Search box at the top left',
        on: phones({ description: 'the Search bar at the top' }),
      },
    },
  },
  'my-network': {
    title: 'the My Network page, on its Grow tab',
    targets: {
      'grow-tab': { label: 'Grow', description: 'the Grow tab, next to Catch up' },
      'show-all': { label: 'Show all', description: 'the Show all link beside Invitations' },
      manage: { label: 'Manage', description: 'the Manage link beside Invitations' },
      'see-all': { label: 'See all', description: 'the See all link beside Invitations' },
      arrow: { label: 'the arrow', description: 'the arrow beside Invitations' },
    },
  },
  invitations: {
    title: 'the invitations page, on the Received tab',
    targets: {
      'sent-tab': { label: 'Sent', description: 'the Sent tab, next to Received' },
      'people-filter': { label: 'People', description: 'the People filter' },
    },
  },
  'sent-list': {
    title: 'the list of invitations you sent',
    targets: {
      withdraw: { label: 'Withdraw', description: 'the Withdraw button on the person’s row' },
      'people-filter': { label: 'People', description: 'the People filter above the list' },
      'load-more': { label: 'Load more', description: 'the Load more button below the list' },
    },
  },
  'withdraw-dialog': {
    // Its exact title is unverified; its warning line is LinkedIn's own.
    title:
      'the Withdraw invitation dialog (it warns that you won’t be able to resend to this person for up to 3 weeks)',
    targets: {
      'confirm-withdraw': { label: 'Withdraw', description: 'the Withdraw button in the dialog' },
    },
  },
  'pending-profile': {
    title: 'the profile of someone you invited',
    targets: {
      pending: { label: 'Pending', description: 'the Pending button, where Connect was' },
      more: {
        label: 'More',
        description: 'the More button beside Message',
        on: phones({ description: 'the More button (…) beside Message' }),
      },
    },
  },
  'pending-menu': {
    title: 'a profile whose main button is Follow, with the More menu open',
    targets: {
      'withdraw-invitation': {
        label: 'Withdraw invitation',
        description: 'Withdraw invitation in the menu',
      },
    },
  },
  profile: {
    title: 'the person’s profile',
    targets: { more: { label: 'More', description: 'the More button under their name' } },
  },
  'more-menu': {
    title: 'the person’s profile with the More menu open',
    targets: {
      'remove-connection': {
        label: 'Remove connection',
        description: 'Remove connection in the menu',
      },
      block: { label: 'Block', description: 'Block in the menu' },
    },
  },
  'remove-dialog': {
    title: 'the “Remove connection?” confirmation',
    targets: {
      'confirm-remove': { label: 'Remove', description: 'the Remove button in the dialog' },
    },
  },
} as const satisfies Record<string, ViewEntry>;

export type ScreenView = keyof typeof screenCatalog;
/** The elements one view can highlight; with no view, every element any view can. */
export type ScreenHighlight<V extends ScreenView = ScreenView> = V extends ScreenView
  ? keyof (typeof screenCatalog)[V]['targets'] & string
  : never;

export const screenViews = Object.keys(screenCatalog) as ScreenView[];

// `view` may come from untyped content: an unknown one is simply not in the catalog.
const entries: Partial<Record<string, ViewEntry>> = screenCatalog;

export function highlightsOf<V extends ScreenView>(view: V): ScreenHighlight<V>[] {
  return Object.keys(entries[view]?.targets ?? {}) as ScreenHighlight<V>[];
}

export function isHighlightOf(view: ScreenView, highlight: string): boolean {
  return Object.hasOwn(entries[view]?.targets ?? {}, highlight);
}

/** The picture's words for one element, as drawn for one platform. */
export function wordsFor(platform: Platform, view: ScreenView, highlight: string): TargetWords {
  const entry = entries[view]?.targets[highlight];
  if (!entry) throw new Error(`the screen catalog has no "${highlight}" in "${view}"`);
  const { on, ...words } = entry;
  return { ...words, ...on?.[platform] };
}

export function viewTitle(view: ScreenView): string {
  return screenCatalog[view].title;
}
