import type { Locale } from '@/lib/locales';
import { faqSearchWords } from './faq-words';
import { FaqSearchBox } from './faq-search-box';

/** The FAQ's search box, worded in the page's language, over the page's `count` items. */
export function FaqSearch({ count, locale }: { count: number; locale: Locale }) {
  return <FaqSearchBox words={faqSearchWords(locale, count)} />;
}
