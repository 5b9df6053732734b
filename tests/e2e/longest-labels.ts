import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { textWidth } from '@/components/screen/geometry';
import type { Say } from '@/components/screen/say';
import { localeFolder } from '@/lib/content/locale-folder';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import type { ScreenWriter } from '@/lib/screens/catalog';
import { labelText, labelTexts, type LabelKey } from '@/lib/screens/labels';

/**
 * For each label, the widest of the texts the catalog lists for it (any platform, any form seen),
 * in English, or (`any`) in every language the registry has (the real German and French texts
 * among them).
 */
export function longestLabel(key: LabelKey, language: string = 'en'): string {
  return labelTexts(key, language === 'any' ? undefined : language).reduce((widest, text) =>
    textWidth(text, 1) > textWidth(widest, 1) ? text : widest,
  );
}

/**
 * A label 1.6 × as long as `text` (in characters), standing for German: the extra letters go
 * into its words, each in proportion to its length, so long compounds that can't break at a
 * space are part of it; digits, brackets and punctuation stay as they are.
 */
export function stretched(text: string, factor = 1.6): string {
  const words = text.split(' ');
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  const letterCount = lettered.reduce((sum, word) => sum + word.length, 0);
  const extra = Math.ceil(text.length * factor) - text.length;
  return words
    .map((word) => {
      const letters = word.replace(/[^\p{L}]/gu, '').toLowerCase();
      if (!letters) return word;
      const more = Math.ceil((extra * word.length) / letterCount);
      const tail = letters.repeat(Math.ceil(more / letters.length)).slice(0, more);
      const end = word.search(/[^\p{L}]*$/u);
      return word.slice(0, end) + tail + word.slice(end);
    })
    .join(' ');
}

/**
 * The words each test draws with: every slot's longest known English label, 1.6 × that
 * (standing for a language much longer than English), and the longest in any language.
 */
export const labelSets: Record<'longest' | 'german' | 'any language', Say> = {
  longest: (key) => longestLabel(key),
  german: (key) => stretched(longestLabel(key)),
  'any language': (key) => longestLabel(key, 'any'),
};

/**
 * The drawings' own words in `locale` (the callout's verb, the picture's name) from its `screens`
 * catalog, as the site's lib/screens/words.ts reads them at build; that module is server-only,
 * and this test draws in plain Node.
 */
function screenWordsIn(locale: Locale): ScreenWriter {
  const file = path.join('content', localeFolder(locale, 'interface'), 'screens.json');
  const screens = JSON.parse(fs.readFileSync(file, 'utf8'));
  const onError = (error: Error) => {
    throw error;
  };
  return createTranslator({
    locale,
    messages: { screens },
    namespace: 'screens',
    onError,
  }) as unknown as ScreenWriter;
}

/**
 * What a page of each edition but English draws on a platform: LinkedIn's words from the
 * registry (sourced in that language, else English) and the drawing's own words in it.
 */
export const editionSets = Object.fromEntries(
  locales
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const words = screenWordsIn(locale);
      return [
        locale,
        (platform: Platform) => ({
          say: ((key) => labelText(key, platform, locale)) satisfies Say,
          words,
        }),
      ];
    }),
);
