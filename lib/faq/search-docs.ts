import type { FaqItem } from './load';
import { plainText } from './plain-text';
import type { FaqSearchDoc } from './search';

/**
 * What the browser-side search indexes: each item's question and its answer as plain text, its
 * LinkedIn labels as a page in `locale` shows them (a German reader searches for Zurückziehen).
 */
export function faqSearchDocs(items: readonly FaqItem[], locale = 'en'): FaqSearchDoc[] {
  return items.map((item) => ({
    id: item.id,
    question: item.data.question,
    answer: plainText(item.file, item.body, locale),
  }));
}
