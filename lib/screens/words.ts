import 'server-only';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import type { ScreenWriter } from './catalog';

/**
 * The drawings' own words in one language (the `screens` interface catalog), for <Screen words>:
 * read on the server by the component that renders a step, so the drawing code itself stays
 * importable outside it (the longest-label test renders drawings in plain Node).
 */
export function screenWords(locale: Locale): ScreenWriter {
  return translator(locale, 'screens') as unknown as ScreenWriter;
}
