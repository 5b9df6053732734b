import { formatDay, formatMonth } from '@/lib/format-day';
import { translator } from '@/lib/i18n/translator';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Source } from './registry';

/** A month (2025-12) or a day (2026-09-02) as the page shows it, in the page's language. */
export function formatSeen(date: string, locale: Locale = defaultLocale): string {
  if (date.length === 10) return formatDay(date, locale);
  if (date.length === 4) return date;
  return formatMonth(date, locale);
}

/**
 * What a page shows for a source: its kind and date, then its title, e.g. "LinkedIn Help
 * (archived, reviewed 31 August 2015): Canceling an Invitation". The kind's words are the
 * page's language (the sources catalog); the title is the source's own.
 */
export function citationText(source: Source, locale: Locale = defaultLocale): string {
  const t = translator(locale, 'sources');
  const seen = source.seen ? formatSeen(source.seen, locale) : undefined;
  const { title } = source;
  switch (source.kind) {
    case 'linkedin-help':
      return seen ? t('citation.helpSeen', { seen, title }) : t('citation.help', { title });
    case 'linkedin-help-archived':
      return t('citation.helpArchived', { day: formatDay(source.version, locale), title });
    case 'field-notes':
      return t('citation.fieldNotes', { seen: seen ?? t('citation.undated'), title });
    case 'page-code':
      return seen ? t('citation.pageCodeSeen', { seen, title }) : t('citation.pageCode', { title });
    case 'third-party-how-to':
      return t('citation.howTo', { seen: seen ?? t('citation.undated'), title });
    case 'platform-help':
      return title;
  }
}
