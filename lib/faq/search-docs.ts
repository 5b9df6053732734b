import { defaultLocale, type Locale } from '@/lib/locales';
import type { FaqItem } from './load';
import { plainText } from './plain-text';
import type { FaqSearchDoc } from './search';

/**
 * What the browser-side search indexes: each item's question and its answer as plain text,
 * from one edition's items (loadFaq(locale)), its labels as that edition shows them.
 */
export function faqSearchDocs(
  items: readonly FaqItem[],
  locale: Locale = defaultLocale,
): FaqSearchDoc[] {
  return items.map((item) => ({
    id: item.id,
    question: item.data.question,
    answer: plainText(item.file, item.body, locale),
  }));
}
