import { collections } from '@/lib/content/collections';
import { ContentError } from '@/lib/content/errors';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import { pageOwnedIdProblem } from '@/lib/content/rules/page-ids';
import type { Locale } from '@/lib/locales';
import type { FaqCategory } from './categories';
import { readFaqOrder } from './order';
import { faqOrderFile, type FaqItemData } from './schema';

export type FaqItem = Entry<FaqItemData> & {
  /** The heading it stands under on /faq (content/faq/order.yaml). */
  category: FaqCategory;
};

/**
 * The FAQ items of one language (content/faq/*.mdx; the file name is the item's id and its
 * /faq#id anchor), checked, with their categories and in the order content/faq/order.yaml
 * gives (the one order every language shares). Tests pass a fixture folder. Throws a ContentError naming the file and field of the
 * first bad item.
 */
export function readFaq(locale: Locale, folder?: string): FaqItem[] {
  const faq = collections['FAQ items'];
  const entries = readCollection(faq, locale, folder);
  for (const [index, item] of entries.entries()) {
    const clash = pageOwnedIdProblem(item.id, 'faq');
    if (clash) throw new ContentError(item.file, 'file name', `${clash}: rename the file`);
    const repeated = entries
      .slice(0, index)
      .find((earlier) => earlier.data.question.toLowerCase() === item.data.question.toLowerCase());
    if (repeated) {
      throw new ContentError(item.file, 'question', `repeats the question of ${repeated.file}`);
    }
  }
  // One order for every language: content/faq/order.yaml (a translation orders nothing).
  const order = readFaqOrder(
    folder ?? faq.folder,
    faqOrderFile,
    entries.map((entry) => entry.id),
  );
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return [...order].map(([id, category]) => ({ ...byId.get(id)!, category }));
}
