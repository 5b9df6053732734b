import { createTranslator } from 'use-intl/core';
import english from '@/content/interface/screens.json' with { type: 'json' };
import type { Platform } from '@/lib/platform/platforms';
import { labelKeys, labelText, type LabelKey } from './labels';

/** How a picture names something a step asks the person to find. */
type TargetWords = {
  /** The thing's name in the callout ("Click …"/"Tap …"), e.g. "Withdraw". */
  label: string;
  /** Completes "… is highlighted" in the picture's text alternative. */
  description: string;
  /** The callout's words: "Click …"/"Tap …", or others when the step asks to look rather than press. */
  callout: string;
};

/**
 * LinkedIn's label, by its key in ./labels, or the guide's own words for a thing that has none
 * (the target's `name` in the `screens` catalog).
 */
type Naming = LabelKey | typeof ownWords;
const ownWords = { words: 'name' } as const;

type TargetEntry = {
  label: Naming;
  /** A name a platform needs instead (a photo that has no "Me" under it on a phone). */
  on?: Partial<Record<Platform, { label: Naming }>>;
};

type ViewEntry = { targets: Record<string, TargetEntry> };

const phones = <W>(words: W) => ({ ios: words, android: words });

/**
 * The screens the illustrations can draw, the elements each can highlight, and which of
 * LinkedIn's labels names each. Content names them in <Screen view="…" highlight="…" />; the flow
 * loader rejects anything not listed here, and components/screen/views draws each view for each
 * platform. The guide's own words around them (view titles, where a thing is, the callout's verb)
 * are in the interface catalog `screens` (content/[<locale>/]interface/screens.json), by the same
 * view and element ids: `views.<view>.title`, `views.<view>.targets.<element>.description`
 * (`{label}` is the element's label, `{<id>}` another of LinkedIn's labels, a hyphen in its id
 * written `_`), and an optional `callout` and `name`.
 */
const screenCatalog = {
  home: {
    targets: {
      me: { label: 'me', on: phones({ label: ownWords }) },
      'my-network': { label: 'my-network' },
    },
  },
  search: { targets: { 'search-box': { label: 'search' } } },
  'my-network': {
    targets: {
      'grow-tab': { label: 'grow' },
      'show-all': { label: 'show-all' },
      manage: { label: 'manage' },
      'see-all': { label: 'see-all' },
      arrow: { label: ownWords },
    },
  },
  invitations: {
    targets: { 'sent-tab': { label: 'sent-tab' }, 'people-filter': { label: 'people-filter' } },
  },
  'sent-list': {
    targets: {
      withdraw: { label: 'withdraw' },
      'people-filter': { label: 'people-filter' },
      'load-more': { label: 'load-more' },
    },
  },
  // Its exact title is unverified, so its words quote none; its warning line is LinkedIn's own.
  'withdraw-dialog': { targets: { 'confirm-withdraw': { label: 'withdraw' } } },
  'pending-profile': {
    targets: {
      pending: { label: 'pending' },
      more: { label: 'more' },
      following: { label: 'following' },
    },
  },
  'pending-menu': {
    targets: {
      pending: { label: 'pending' },
      'withdraw-invitation': { label: 'withdraw-invitation' },
    },
  },
  profile: { targets: { more: { label: 'more' } } },
  'more-menu': {
    targets: { 'remove-connection': { label: 'remove-connection' }, block: { label: 'block' } },
  },
  // No source gives its title, so the picture quotes none.
  'remove-dialog': { targets: { 'confirm-remove': { label: 'remove' } } },
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
 * The `screens` catalog's words in one language, ICU-formatted: `key` is a path in it
 * (`views.home.title`), `values` fill its placeholders. Screen passes the page's language's
 * (lib/i18n/translator.ts, server only); the default is English's, so tests and tools outside
 * the server read the same words.
 */
export type ScreenWriter = {
  (key: string, values?: Record<string, string>): string;
  raw(key: string): unknown;
  has(key: string): boolean;
};

export const englishScreenWords = createTranslator({
  locale: 'en',
  messages: { screens: english },
  namespace: 'screens',
  onError: (error) => {
    throw error;
  },
}) as unknown as ScreenWriter;

const isLabelKey = (key: string): key is LabelKey => (labelKeys as readonly string[]).includes(key);

/**
 * A message with LinkedIn's labels filled in: `{label}` is `label`, `{<id>}` (with `_` for the
 * id's hyphens) the label `say` gives for that id, `{platform}` selects a platform's wording.
 */
function fill(
  write: ScreenWriter,
  key: string,
  platform: Platform,
  say: (key: LabelKey) => string,
  values: Record<string, string> = {},
): string {
  const raw = String(write.raw(key));
  const labels = Object.fromEntries(
    [...raw.matchAll(/\{(\w+)\}/g)]
      .map(([, name]) => [name!, name!.replaceAll('_', '-')] as const)
      .filter(([name, id]) => !(name in values) && isLabelKey(id))
      .map(([name, id]) => [name, say(id as LabelKey)]),
  );
  return write(key, { platform, ...labels, ...values });
}

/**
 * The picture's words for one element, as drawn for one platform; its label is looked up with
 * `say` (LinkedIn's words for that platform, unless a test asks for others), the guide's own
 * words with `write` (English's unless given a language's).
 */
export function wordsFor(
  platform: Platform,
  view: ScreenView,
  highlight: string,
  say: (key: LabelKey) => string = (key) => labelText(key, platform),
  write: ScreenWriter = englishScreenWords,
): TargetWords {
  const entry = entries[view]?.targets[highlight];
  if (!entry) throw new Error(`the screen catalog has no "${highlight}" in "${view}"`);
  const naming = entry.on?.[platform]?.label ?? entry.label;
  const at = `views.${view}.targets.${highlight}`;
  const label =
    typeof naming === 'string' ? say(naming) : fill(write, `${at}.${naming.words}`, platform, say);
  const description = fill(write, `${at}.description`, platform, say, { label });
  const callout = write.has(`${at}.callout`)
    ? fill(write, `${at}.callout`, platform, say, { label })
    : fill(write, 'callout', platform, say, { label });
  return { label, description, callout };
}

/** What a view shows, completing "Drawing of …". */
export function viewTitle(
  view: ScreenView,
  platform: Platform = 'desktop',
  say: (key: LabelKey) => string = (key) => labelText(key, platform),
  write: ScreenWriter = englishScreenWords,
): string {
  return fill(write, `views.${view}.title`, platform, say);
}

/** The picture's text alternative: what it shows, where, and what is ringed. */
export function drawingName(
  view: ScreenView,
  platform: Platform,
  highlight: string,
  say: (key: LabelKey) => string = (key) => labelText(key, platform),
  write: ScreenWriter = englishScreenWords,
): string {
  return fill(write, 'drawing', platform, say, {
    view: viewTitle(view, platform, say, write),
    target: wordsFor(platform, view, highlight, say, write).description,
  });
}
