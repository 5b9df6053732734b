import 'server-only';
import { assertLinksResolve } from '@/lib/content/site-links';
import { readFaq, type FaqItem } from './read-faq';
import { faqCategories, type FaqCategory } from './schema';

export type { FaqItem } from './read-faq';

export interface FaqSection {
  category: FaqCategory;
  items: FaqItem[];
}

/** The FAQ items (content/faq/*.mdx), checked, their links too, in page order. */
export function loadFaq(): FaqItem[] {
  const items = readFaq('faq');
  for (const item of items) assertLinksResolve(item.file, item.links);
  return items;
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
