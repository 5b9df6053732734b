import type { Translation } from '@/lib/content/translation';

/**
 * The translations behind their English file, per language: what a maintainer brings up to
 * date next (then runs `npm run translations:stamp -- <file>`).
 */
export function translationReport(
  translations: readonly { file: string; translation: Translation }[],
): string {
  // Node 20 has no Map.groupBy.
  const byLocale = new Map<string, typeof translations>();
  for (const item of translations) {
    const { locale } = item.translation;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), item]);
  }
  const lines = [
    'Translations behind their English file (npm run translations:stamp after updating)',
  ];
  if (!byLocale.size) lines.push('  none: no language has a translation');
  for (const [locale, files] of byLocale) {
    const stale = files.filter(({ translation }) => translation.stale);
    lines.push(`  ${locale}: ${stale.length} of ${files.length} behind`);
    for (const { file, translation } of stale)
      lines.push(`    ${file} (follows an older ${translation.original})`);
  }
  return lines.join('\n');
}
