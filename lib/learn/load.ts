import 'server-only';
import { defaultLocale, type Locale } from '@/lib/locales';
import { readLearnPages, type LearnPage } from './read-learn';

export type { LearnPage } from './read-learn';

/** content/learn/*.mdx: the reference pages, checked, in `order`. */
export function loadLearnPages(locale: Locale = defaultLocale): LearnPage[] {
  return readLearnPages(locale);
}
