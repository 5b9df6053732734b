import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { defaultLocale, type Locale } from '@/lib/locales';
import { isPlatform, platforms, type Platform } from '@/lib/platform/platforms';
import { pageMetadata } from '@/lib/metadata';
import { flowPath, type FlowKind } from '@/lib/routes';
import { loadDone } from './done';
import { loadFlow } from './load';
import { stepIndex, stepParams, stepTitles } from './step-pages';

/** `[/<locale>]/<prefix>/<platform>` and `/<prefix>/<platform>/<step>`: one optional catch-all per flow kind. */
export type FlowParams = Promise<{ platform: string; step?: string[] }>;

/**
 * Everything a flow kind's route file needs, so each is a few lines: the pages to pre-render
 * (the flow's own URL, each step and the done panel), the page's metadata, and the params
 * read back as a platform and a step segment (an unknown one is the site's 404).
 */
export function flowRoute(kind: FlowKind) {
  const resolve = async (params: FlowParams, locale: Locale) => {
    const { platform, step = [] } = await params;
    if (!isPlatform(platform) || step.length > 1) return undefined;
    const segment = step[0];
    const flow = loadFlow(kind, platform, locale);
    const index = stepIndex(flow, segment);
    return index === null ? undefined : { platform, segment, flow, index };
  };
  return {
    staticParams: () =>
      platforms.flatMap((platform) => [
        { platform, step: [] },
        ...stepParams(kind, platform).map((step) => ({ platform, step: [step] })),
      ]),
    page: async (
      params: FlowParams,
      locale: Locale = defaultLocale,
    ): Promise<{ platform: Platform; segment?: string }> => {
      const resolved = await resolve(params, locale);
      if (!resolved) notFound();
      return { platform: resolved.platform, segment: resolved.segment };
    },
    metadata: async (params: FlowParams, locale: Locale = defaultLocale): Promise<Metadata> => {
      const resolved = await resolve(params, locale);
      if (!resolved) return {};
      const { platform, segment, flow, index } = resolved;
      return pageMetadata({
        title: { absolute: stepTitles(flow, loadDone(kind, locale).data.title)[index]! },
        description: flow.description,
        // The first step's own URL shows the same page as the flow's: one canonical for both.
        path: index === 0 ? flowPath(kind, platform) : flowPath(kind, platform, segment),
        locale,
      });
    },
  };
}
