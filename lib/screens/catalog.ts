/**
 * The screens the illustrations can draw, and the elements each can highlight. Content names
 * them in <Screen view="…" highlight="…" />; the flow loader rejects anything not listed here,
 * and components/screen draws each view for each platform.
 */
export const screenCatalog = {
  home: ['me', 'my-network'],
  'my-network': ['manage', 'see-all'],
  invitations: ['sent-tab', 'people-filter'],
  'sent-list': ['withdraw', 'people-filter'],
  'withdraw-dialog': ['confirm-withdraw'],
  search: ['search-box'],
  profile: ['more'],
  'more-menu': ['remove-connection', 'block'],
  'remove-dialog': ['confirm-remove'],
} as const;

export type ScreenView = keyof typeof screenCatalog;
export type ScreenHighlight<V extends ScreenView = ScreenView> = (typeof screenCatalog)[V][number];

export const screenViews = Object.keys(screenCatalog) as ScreenView[];

export function isHighlightOf(view: ScreenView, highlight: string): boolean {
  // `view` may come from untyped content: an unknown one is simply not in the catalog.
  const highlights = (screenCatalog as Record<string, readonly string[] | undefined>)[view];
  return highlights?.includes(highlight) ?? false;
}
