import { collections } from '@/lib/content/collections';
import { ContentError } from '@/lib/content/errors';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import { pageOwnedIdProblem } from '@/lib/content/rules/page-ids';
import type { Locale } from '@/lib/locales';
import { faqCategories, type FaqItemData } from './schema';

export type FaqItem = Entry<FaqItemData>;

/**
 * The FAQ items of one language (content/faq/*.mdx; the file name is the item's id and its
 * /faq#id anchor), checked and sorted by category, then `order`. Tests pass a fixture folder.
 * Throws a ContentError naming the file and field of the first bad item.
 */
export function readFaq(locale: Locale, folder?: string): FaqItem[] {
  const items = readCollection(collections['FAQ items'], locale, folder);
  for (const [index, item] of items.entries()) {
    const clash = pageOwnedIdProblem(item.id, 'faq');
    if (clash) throw new ContentError(item.file, 'file name', `${clash}: rename the file`);
    for (const earlier of items.slice(0, index)) {
      if (earlier.data.question.toLowerCase() === item.data.question.toLowerCase()) {
        throw new ContentError(item.file, 'question', `repeats the question of ${earlier.file}`);
      }
      if (earlier.data.category === item.data.category && earlier.data.order === item.data.order) {
        throw new ContentError(
          item.file,
          'order',
          `${item.data.order} is already used in "${item.data.category}" by ${earlier.file}`,
        );
      }
    }
  }
  return [...items].sort(
    (a, b) =>
      faqCategories.indexOf(a.data.category) - faqCategories.indexOf(b.data.category) ||
      a.data.order - b.data.order,
  );
}
