import { platformShortLabels, type Platform } from '@/lib/platform/platforms';
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
 * Kept under 70 characters so search results show it whole.
 */
export function stepTitles(flow: Flow, doneTitle: string): string[] {
  const device = platformShortLabels[flow.platform];
  const total = flow.steps.length;
  return [
    ...flow.steps.map(
      (step, i) => `${step.title} · ${device} step ${i + 1}/${total} · ${site.name}`,
    ),
    donePageTitle(doneTitle, flow.platform, flowKindTable[flow.flow].doneNote),
  ];
}
