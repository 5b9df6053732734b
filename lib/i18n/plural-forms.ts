import type { PluralForms } from './fill';

/** Numbers to try, in order, when looking for one of each plural category. */
const samples = [...Array.from({ length: 111 }, (_, i) => i + 1), 0, 1000000];

/**
 * A plural message's forms, for a client leaf that counts in the browser: `format(n)` is the
 * message formatted for the count n (through the translator, so the catalog's ICU message
 * decides), and each category of the language gets the form of its first sample number, with
 * that number written back as `{count}`. Other placeholders the leaf fills itself are passed
 * to `format` as their own `{name}`.
 */
export function pluralForms(locale: string, format: (count: number) => string): PluralForms {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = samples.find((n) => rules.select(n) === category);
    if (sample === undefined) continue;
    forms[category] = format(sample).replace(numbers.format(sample), '{count}');
  }
  return { other: forms.other ?? format(2), ...forms };
}
