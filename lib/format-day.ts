import { defaultLocale, type Locale } from '@/lib/locales';

/**
 * The tag Intl writes a language's dates with. English is written as in Britain ("1 December
 * 2026", day first); every other language as its own code says ("1. Dezember 2026", "1 décembre 2026").
 */
export function dateLocale(locale: Locale): string {
  return locale === defaultLocale ? 'en-GB' : locale;
}

/**
 * An ISO day (2026-12-01) as people read it on the page in `locale`: "1 December 2026",
 * "1. Dezember 2026", "1 décembre 2026", the same on every machine.
 */
export function formatDay(isoDay: string, locale: Locale = defaultLocale): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString(dateLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A month (2025-12) as the page shows it in `locale`: "December 2025", "Dezember 2025". */
export function formatMonth(isoMonth: string, locale: Locale = defaultLocale): string {
  return new Date(`${isoMonth}-01T00:00:00Z`).toLocaleDateString(dateLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
