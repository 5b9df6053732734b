import { PAGE_TITLE_MAX } from '@/lib/metadata';
import { platformShortLabels, platforms, type Platform } from '@/lib/platform/platforms';
import { flowKindTable } from '@/lib/routes';
import { site } from '@/lib/site';

/**
 * The page titles content titles become. These spell the same titles as app/layout.tsx's
 * template ("%s · Unsend", held to it by app/layout.test.ts) and lib/guides/step-pages.ts
 * stepTitles (titles.test.ts), so the limit is checked on what the browser tab and search results show.
 */
export const siteTitle = (title: string) => `${title} · ${site.name}`;

export const stepPageTitle = (title: string, platform: Platform, n: number, total: number) =>
  `${title} · ${platformShortLabels[platform]} step ${n}/${total} · ${site.name}`;

/** A done page's title; `note` (lib/routes.ts doneNote) tells apart kinds sharing its panel. */
export const donePageTitle = (title: string, platform: Platform, note?: string) =>
  `${title} · ${platformShortLabels[platform]}${note ? `, ${note}` : ''} · ${site.name}`;

const longestDoneNote = Object.values(flowKindTable)
  .map((kind) => kind.doneNote ?? '')
  .reduce((longest, note) => (note.length > longest.length ? note : longest));

/** Why a page title is too long, or null when it fits. */
export function pageTitleProblem(pageTitle: string): string | null {
  if (pageTitle.length <= PAGE_TITLE_MAX) return null;
  return `makes the page title "${pageTitle}" (${pageTitle.length} characters), over the ${PAGE_TITLE_MAX}-character limit: shorten it`;
}

/** A done panel's page titles: its title on the done page of every platform, the longest note. */
export const donePageTitles = (title: string) =>
  platforms.map((platform) => donePageTitle(title, platform, longestDoneNote));
