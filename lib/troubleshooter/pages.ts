import 'server-only';
import { collections } from '@/lib/content/collections';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { PageText, TroubleshooterPageId } from './schema';

/**
 * The words of a page around the tree, such as the checklist (content/troubleshooter/pages/),
 * read without the tree: such a page needs neither the routes nor their validation.
 */
export function loadTroubleshooterPage(
  id: TroubleshooterPageId,
  locale: Locale = defaultLocale,
): Entry<PageText> {
  return readCollection(collections['troubleshooter pages'], locale).find(
    (entry) => entry.id === id,
  )!;
}
