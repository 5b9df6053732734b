import 'server-only';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { localePath, paths } from '@/lib/routes';
import type { FaqSearchWords } from './faq-search-box';

/** The search box's words; `items` is how many questions the page holds (the most that can match). */
export function faqSearchWords(locale: Locale, items: number): FaqSearchWords {
  const t = translator(locale, 'faq');
  return {
    label: t('searchLabel'),
    matches: Array.from({ length: items + 1 }, (_, count) => t('matches', { count })),
    noMatch: t.raw('noMatch') as string,
    noMatchLink: t('noMatchLink'),
    troubleshootHref: localePath(locale, paths.troubleshoot),
  };
}
