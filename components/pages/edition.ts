import { notFound } from 'next/navigation';
import { defaultLocale, locales, type Locale } from '@/lib/locales';

/** The `[locale]` segment's params: every edition but English, which keeps the unprefixed URLs. */
export type LocaleParams = Promise<{ locale: string }>;

export function editionParams(): { locale: Locale }[] {
  return locales.filter((locale) => locale !== defaultLocale).map((locale) => ({ locale }));
}

function isPrefixedLocale(value: string): value is Locale {
  return value !== defaultLocale && (locales as readonly string[]).includes(value);
}

/** The edition a `[locale]` route was rendered for (never English: /en/… is not an address). */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isPrefixedLocale(locale)) notFound();
  return locale;
}
