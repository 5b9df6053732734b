import type { Platform } from '@/lib/platform/platforms';
import { labelText, type LabelKey } from './labels';

/** How a picture names something a step asks the person to find. */
type TargetWords = {
  /** The thing's name after "Click"/"Tap" in the callout, e.g. "Withdraw". */
  label: string;
  /**
   * Completes "… is highlighted" in the picture's text alternative. `{label}` stands for the
   * element's own label, `{<key>}` for another of LinkedIn's labels, so no LinkedIn word is
   * typed here twice.
   */
  description: string;
  /** Replaces "Click …"/"Tap …" when the step asks to look rather than press. */
  callout?: string;
};

/** LinkedIn's label, by its key in ./labels, or plain words for a thing that has none. */
type Naming = LabelKey | { words: string };

type TargetEntry = Omit<TargetWords, 'label'> & {
  label: Naming;
  /** Words a platform needs instead (a phone's tab bar, a photo that has no "Me" under it). */
  on?: Partial<Record<Platform, Partial<Omit<TargetWords, 'label'> & { label: Naming }>>>;
};

type ViewEntry = {
  /** What the view shows, completing "Drawing of …". */
  title: string;
  targets: Record<string, TargetEntry>;
};

const phones = <W>(words: W) => ({ ios: words, android: words });

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
        label: 'me',
        description: 'your photo, under {me} in the top bar',
        callout: 'Check your photo',
        on: phones({
          label: { words: 'your photo' },
          callout: 'Tap your photo',
          description: 'your photo at the top left',
        }),
      },
      'my-network': {
        label: 'my-network',
        description: 'the {label} icon (two people)',
        on: phones({ description: 'the {label} tab (two people) in the bottom bar' }),
      },
    },
  },
  search: {
    title: 'the LinkedIn home screen',
    targets: {
      'search-box': {
        label: 'search',
        description: 'the {label} box at the top left',
        on: phones({ description: 'the {label} bar at the top' }),
      },
    },
  },
  'my-network': {
    title: 'the My Network page, on its Grow tab',
    targets: {
      'grow-tab': { label: 'grow', description: 'the {label} tab, next to {catch-up}' },
      'show-all': { label: 'show-all', description: 'the {label} link beside {invitations}' },
      manage: { label: 'manage', description: 'the {label} link beside {invitations}' },
      'see-all': { label: 'see-all', description: 'the {label} link beside {invitations}' },
      arrow: { label: { words: 'the arrow' }, description: 'the arrow beside {invitations}' },
    },
  },
  invitations: {
    title: 'the invitations page, on the Received tab',
    targets: {
      'sent-tab': { label: 'sent-tab', description: 'the {label} tab, next to {received}' },
      'people-filter': { label: 'people-filter', description: 'the {label} filter' },
    },
  },
  'sent-list': {
    title: 'the list of invitations you sent',
    targets: {
      withdraw: { label: 'withdraw', description: 'the {label} button on the person’s row' },
      'people-filter': { label: 'people-filter', description: 'the {label} filter above the list' },
      'load-more': {
        label: 'load-more',
        description: 'the {label} button below the list (an older layout)',
      },
    },
  },
  'withdraw-dialog': {
    // Its exact title is unverified; its warning line is LinkedIn's own.
    title:
      'the Withdraw invitation dialog (it warns that you won’t be able to resend to this person for up to 3 weeks)',
    targets: {
      'confirm-withdraw': { label: 'withdraw', description: 'the {label} button in the dialog' },
    },
  },
  'pending-profile': {
    title: 'the profile of someone you invited',
    targets: {
      pending: { label: 'pending', description: 'the {label} button, next to {message}' },
      more: {
        label: 'more',
        description: 'the {label} button beside {pending}',
        on: phones({ description: 'the {label} button (…) beside {pending}' }),
      },
      following: {
        label: 'following',
        description: '{label} in the {more} menu',
      },
    },
  },
  'pending-menu': {
    title: 'a profile whose main button is Follow, with the More menu open',
    targets: {
      pending: { label: 'pending', description: '{label} in the menu' },
      'withdraw-invitation': {
        label: 'withdraw-invitation',
        description: '{label} in the menu (an older layout)',
      },
    },
  },
  profile: {
    title: 'the person’s profile',
    targets: { more: { label: 'more', description: 'the {label} button under their name' } },
  },
  'more-menu': {
    title: 'the person’s profile with the More menu open',
    targets: {
      'remove-connection': {
        label: 'remove-connection',
        description: '{label} in the menu',
      },
      block: { label: 'block', description: '{label} in the menu' },
    },
  },
  'remove-dialog': {
    // No source gives its title, so the picture quotes none.
    title: 'the confirmation that removes the connection',
    targets: {
      'confirm-remove': { label: 'remove', description: 'the {label} button in the dialog' },
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

/**
 * The picture's words for one element, as drawn for one platform; its label is looked up with
 * `say` (LinkedIn's words for that platform, unless a test asks for others).
 */
export function wordsFor(
  platform: Platform,
  view: ScreenView,
  highlight: string,
  say: (key: LabelKey) => string = (key) => labelText(key, platform),
): TargetWords {
  const entry = entries[view]?.targets[highlight];
  if (!entry) throw new Error(`the screen catalog has no "${highlight}" in "${view}"`);
  const { on, ...words } = entry;
  const { label: naming, description, ...rest } = { ...words, ...on?.[platform] };
  const label = typeof naming === 'string' ? say(naming) : naming.words;
  const described = description.replace(/\{([a-z-]+)\}/g, (_, key: string) =>
    key === 'label' ? label : say(key as LabelKey),
  );
  return { ...rest, label, description: described };
}

export function viewTitle(view: ScreenView): string {
  return screenCatalog[view].title;
}
