import 'server-only';
import { defaultLocale, type Locale } from '@/lib/locales';
import { readFaq, type FaqItem } from './read-faq';
import { faqCategories, type FaqCategory } from './schema';

export type { FaqItem } from './read-faq';

export interface FaqSection {
  category: FaqCategory;
  items: FaqItem[];
}

/**
 * The FAQ items (content/faq/*.mdx), checked, in page order. Where their links lead is
 * checked once for the whole site (lib/content/load-all.ts), not here.
 */
export function loadFaq(locale: Locale = defaultLocale): FaqItem[] {
  return readFaq(locale);
}

/** The items grouped under their categories, in page order; empty categories left out. */
export function faqSections(items: readonly FaqItem[]): FaqSection[] {
  return faqCategories
    .map((category) => ({
      category,
      items: items.filter((item) => item.category === category),
    }))
    .filter((section) => section.items.length > 0);
}
