import { loadCollection, type Entry } from '@/lib/content/collection';
import { ContentError } from '@/lib/content/errors';
import { contentTags } from '@/mdx-components';
import {
  categoryAnchor,
  faqCategories,
  faqItemSchema,
  type FaqCategory,
  type FaqItemData,
} from './schema';

export type FaqItem = Entry<FaqItemData>;

export interface FaqSection {
  category: FaqCategory;
  items: FaqItem[];
}

/** Ids the /faq page already gives other elements: an item named like one would break its #link. */
export const reservedFaqIds: readonly string[] = [
  'main',
  'faq-search',
  ...faqCategories.map(categoryAnchor),
];

const cache = new Map<string, FaqItem[]>();

/**
 * content/faq/*.mdx (the file name is the item's id and its /faq#id anchor), checked and sorted
 * by category, then `order`. Throws a ContentError naming the file and field of the first
 * bad item.
 */
export function loadFaq(folder = 'faq'): FaqItem[] {
  const cached = cache.get(folder);
  if (cached) return cached;
  const items = loadCollection(folder, faqItemSchema, contentTags);
  for (const [index, item] of items.entries()) {
    if (reservedFaqIds.includes(item.id)) {
      throw new ContentError(
        item.file,
        'file name',
        `"${item.id}" is already an id on the /faq page; rename the file`,
      );
    }
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
  const sorted = [...items].sort(
    (a, b) =>
      faqCategories.indexOf(a.data.category) - faqCategories.indexOf(b.data.category) ||
      a.data.order - b.data.order,
  );
  cache.set(folder, sorted);
  return sorted;
}

/** The items grouped under their categories, in page order; empty categories left out. */
export function faqSections(items: readonly FaqItem[]): FaqSection[] {
  return faqCategories
    .map((category) => ({
      category,
      items: items.filter((item) => item.data.category === category),
    }))
    .filter((section) => section.items.length > 0);
}
