import path from 'node:path';
import { defaultLocale, type Locale } from '@/lib/locales';

/**
 * Where a language's copy of a content folder lives, relative to content/: English where it
 * always was (content/faq), every other language under its own code (content/de/faq). The one
 * place that mapping is written.
 */
export function localeFolder(locale: Locale, folder: string): string {
  return locale === defaultLocale ? folder : path.join(locale, folder);
}
