import type { FaqItem } from './load';
import { plainText } from './plain-text';
import type { FaqSearchDoc } from './search';

/** What the browser-side search indexes: each item's question and its answer as plain text. */
export function faqSearchDocs(items: readonly FaqItem[]): FaqSearchDoc[] {
  return items.map((item) => ({
    id: item.id,
    question: item.data.question,
    answer: plainText(item.file, item.body),
  }));
}
