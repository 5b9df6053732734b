import { platformShortLabels, type Platform } from '@/lib/platform/platforms';
import { translator } from '@/lib/i18n/translator';
import { defaultLocale, type Locale } from '@/lib/locales';
import { site } from '@/lib/site';
import { loadFlow } from './load';
import { donePageTitle } from '@/lib/content/rules/titles';
import { DONE_SEGMENT, flowKindTable, type FlowKind } from '@/lib/routes';
import type { Flow } from './schema';
import { stepIndexOf } from './segments';

/** Every step page of a kind, plus its done page: what generateStaticParams pre-renders. */
export function stepParams(kind: FlowKind, platform: Platform) {
  const flow = loadFlow(kind, platform);
  return [...flow.steps.map((step) => step.id), DONE_SEGMENT];
}

/** Index of the step a URL segment names (steps.length = done), or null for no such step. */
export function stepIndex(flow: Flow, segment: string | undefined): number | null {
  return stepIndexOf(
    flow.steps.map((step) => step.id),
    segment,
  );
}

/**
 * The page title for each step, then the done panel, as the wizard sets document.title.
 * Kept under 70 characters so search results show it whole. In English these are the titles
 * rule's (lib/content/rules/titles.ts); another language words them with its guide catalog.
 */
export function stepTitles(
  flow: Flow,
  doneTitle: string,
  locale: Locale = defaultLocale,
): string[] {
  const total = flow.steps.length;
  if (locale === defaultLocale) {
    const device = platformShortLabels[flow.platform];
    return [
      ...flow.steps.map(
        (step, i) => `${step.title} · ${device} step ${i + 1}/${total} · ${site.name}`,
      ),
      donePageTitle(doneTitle, flow.platform, flowKindTable[flow.flow].doneNote),
    ];
  }
  const t = translator(locale, 'guide');
  const device = translator(locale, 'platforms')(`shortNames.${flow.platform}`);
  const note = flowKindTable[flow.flow].doneNote ? t('doneNotes.profile') : '';
  return [
    ...flow.steps.map((step, i) =>
      t('stepPageTitle', { title: step.title, device, number: i + 1, total, site: site.name }),
    ),
    t('donePageTitle', { title: doneTitle, device, note, site: site.name }),
  ];
}
