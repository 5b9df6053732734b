import type { FaqSearchDoc } from '@/lib/faq/search';
import type { Locale } from '@/lib/locales';
import { faqSearchWords } from './faq-words';
import { FaqSearchBox } from './faq-search-box';

/** The FAQ's search box, worded in the page's language; `docs` are that edition's items. */
export function FaqSearch({ docs, locale }: { docs: readonly FaqSearchDoc[]; locale: Locale }) {
  return <FaqSearchBox docs={docs} words={faqSearchWords(locale, docs.length)} />;
}
