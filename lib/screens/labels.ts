import { labelIds, labelOf, shownLabel, surfaceOf, type LabelId } from '@/lib/labels/registry';
import { defaultLocale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';

/**
 * LinkedIn's words as the drawings show them, by their ids in content/labels.ts: the registry
 * is their one home (with who saw each text and when), so a renamed label changes the prose and
 * the pictures together. The drawing adds only what a picture needs: sample numbers where
 * LinkedIn shows a count ("Invitations (N)" is drawn "Invitations (3)"; the People filter,
 * named "People" in prose, is drawn with its count), and sample ages for its rows.
 */
const drawnCounts: Partial<Record<LabelId, number>> = { 'people-filter': 12, 'pages-filter': 4 };
const sampleCount = 3;

/** A Sent row's age, by the row it stands in: the registry's sent-age texts, in turn. */
const ageRows = { 'sent-days': 0, 'sent-week': 1, 'sent-weeks': 2 } as const;

export type LabelKey = LabelId | keyof typeof ageRows;

export const labelKeys: readonly LabelKey[] = [
  ...labelIds,
  ...(Object.keys(ageRows) as (keyof typeof ageRows)[]),
];

function withCount(id: LabelId, text: string): string {
  if (text.includes('(N)')) return text.replace('(N)', `(${sampleCount})`);
  const count = drawnCounts[id];
  return count === undefined ? text : `${text} (${count})`;
}

function isAgeRow(key: LabelKey): key is keyof typeof ageRows {
  return key in ageRows;
}

/**
 * The one lookup of a label's words: what `key` reads on `platform` in a drawing for a page in
 * `locale`: the language's text where a dated source shows LinkedIn using it on that surface,
 * else LinkedIn's English (the same fallback as the prose, lib/labels/registry.ts).
 */
export function labelText(
  key: LabelKey,
  platform: Platform,
  locale: string = defaultLocale,
): string {
  if (isAgeRow(key)) {
    const surface = surfaceOf(platform);
    const local = labelOf('sent-age')
      .languages.get(locale)
      ?.filter(({ sightings }) => sightings.some((s) => s.on === surface));
    const ages = local?.length ? local : labelOf('sent-age').texts;
    return ages[ageRows[key] % ages.length]!.text;
  }
  return withCount(key, shownLabel(key, platform, locale).text);
}

/**
 * Every text a label is known by, on any platform, in one language or (none given) in every
 * language the registry has: a drawing leaves room for the longest.
 */
export function labelTexts(key: LabelKey, language?: string): string[] {
  const id: LabelId = isAgeRow(key) ? 'sent-age' : key;
  const { languages } = labelOf(id);
  const texts = language ? (languages.get(language) ?? []) : [...languages.values()].flat();
  return [...new Set(texts.map(({ text }) => withCount(id, text)))];
}
