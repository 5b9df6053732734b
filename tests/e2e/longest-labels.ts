import { textWidth } from '@/components/screen/geometry';
import type { Say } from '@/components/screen/say';
import type { Platform } from '@/lib/platform/platforms';
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

/** The words a page in that language draws on that platform: the registry's, sourced or English. */
export const editionSets = {
  de:
    (platform: Platform): Say =>
    (key) =>
      labelText(key, platform, 'de'),
  fr:
    (platform: Platform): Say =>
    (key) =>
      labelText(key, platform, 'fr'),
};
