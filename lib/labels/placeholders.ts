import type { Problem } from '@/lib/content/rules/problem';
import type { Platform } from '@/lib/platform/platforms';
import { shownLabel, siteLabels, type Label } from './registry';

/**
 * LinkedIn's labels in plain-text fields (frontmatter title, description and question, a
 * <Step title>, a <Variant label>, a troubleshooter answer's words) are written as their id in
 * braces, `{pending}`, never as words: `title="Click {pending}, or look under {more}"`. A page
 * shows the field with each placeholder replaced by the label's text in the page's language
 * where a dated source shows LinkedIn using it, else LinkedIn's English text (no "(English: …)"
 * in a title: the body's <UI> says that once per step).
 */
const placeholder = /\{([a-z][a-z0-9-]*)\}/g;

/** The frontmatter fields that may hold placeholders (a page's lead; answers: each answer's words). */
export const placeholderFields = ['title', 'description', 'question', 'lead', 'answers'] as const;

/** The label ids a text names in braces, in order. */
export function placeholderIds(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[1]!);
}

/** A placeholder naming no label in content/labels.ts, as a problem naming the field. */
export function unknownPlaceholderProblems(
  text: string,
  field: string,
  labels: ReadonlyMap<string, Label> = siteLabels(),
): Problem[] {
  return placeholderIds(text)
    .filter((id) => !labels.has(id))
    .map((id) => ({
      field,
      rule: 'label-placeholders',
      problem: `{${id}} is not a label in content/labels.ts: write a label's id in braces, e.g. {pending}`,
    }));
}

export interface PlaceholderContext {
  /** The page's platform, where the field belongs to one (a flow's); else the website's text. */
  platform?: Platform;
  /** The page's language; English when none. */
  locale?: string;
}

/** A field's text as a page shows it: each `{label-id}` replaced by the label's text. */
export function resolvePlaceholders(
  text: string,
  { platform, locale = 'en' }: PlaceholderContext = {},
  labels: ReadonlyMap<string, Label> = siteLabels(),
): string {
  return text.replace(placeholder, (whole, id: string) =>
    labels.has(id) ? shownLabel(id, platform, locale, labels).text : whole,
  );
}

/**
 * A frontmatter record with its placeholder fields resolved (title, description, question, and
 * each of `answers`' words); every other field as it was.
 */
export function resolveFields<T extends Record<string, unknown>>(
  data: T,
  context: PlaceholderContext = {},
): T {
  const resolved: Record<string, unknown> = { ...data };
  for (const field of placeholderFields) {
    const value = data[field];
    if (typeof value === 'string') resolved[field] = resolvePlaceholders(value, context);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      resolved[field] = Object.fromEntries(
        Object.entries(value).map(([key, words]) => [
          key,
          typeof words === 'string' ? resolvePlaceholders(words, context) : words,
        ]),
      );
    }
  }
  return resolved as T;
}

/** Each placeholder field's raw text, with its field name (`answers.<id>` for an answer). */
export function placeholderTexts(data: Record<string, unknown>): { text: string; field: string }[] {
  return placeholderFields.flatMap((field) => {
    const value = data[field];
    if (typeof value === 'string') return [{ text: value, field }];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value).flatMap(([key, words]) =>
        typeof words === 'string' ? [{ text: words, field: `${field}.${key}` }] : [],
      );
    }
    return [];
  });
}
