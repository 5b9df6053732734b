import { Fragment, createElement, type ReactNode } from 'react';

/**
 * The little a client leaf does with its words: it gets them as plain strings from its server
 * parent (which read them through lib/i18n/translator.ts), and fills in what only the browser
 * knows. Dependency-free, so no message-format library ships to the browser.
 */

/** `template` with each `{name}` replaced by its value: "Step {number} of {total}". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Like fill, for values that are elements (a link inside a sentence). */
export function fillNodes(
  template: string,
  values: Readonly<Record<string, ReactNode>>,
): ReactNode {
  const parts = template.split(/\{(\w+)\}/g);
  return parts.map((part, i) =>
    i % 2 === 0
      ? part
      : createElement(Fragment, { key: i }, part in values ? values[part] : `{${part}}`),
  );
}

/**
 * A message's forms for each plural category of its language, `{count}` marking the number:
 * { one: "{count} name", other: "{count} names" }. Made on the server (lib/i18n/plural-forms.ts)
 * from the ICU message; the browser picks with its own Intl.PluralRules.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form for `count` in `locale`, `{count}` and any other `values` filled in. */
export function plural(
  locale: string,
  forms: PluralForms,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return fill(form, { ...values, count: new Intl.NumberFormat(locale).format(count) });
}
