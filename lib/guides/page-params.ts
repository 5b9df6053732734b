import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isPlatform, platforms, type Platform } from '@/lib/platform/platforms';
import { pageMetadata } from '@/lib/metadata';
import { loadDone } from './done';
import { loadFlow } from './load';
import { flowPath, type FlowKind } from '@/lib/routes';
import { stepIndex, stepParams, stepTitles } from './routes';

export type FlowParams = Promise<{ platform: string; step?: string }>;

/** Both flow kinds share their routes' shape; these keep the four route files one line each. */
export function flowRoute(kind: FlowKind) {
  return {
    platformParams: () => platforms.map((platform) => ({ platform })),
    stepParams: () =>
      platforms.flatMap((platform) =>
        stepParams(kind, platform).map((step) => ({ platform, step })),
      ),
    resolve: async (params: FlowParams): Promise<{ platform: Platform; step?: string }> => {
      const { platform, step } = await params;
      if (!isPlatform(platform)) notFound();
      return { platform, step };
    },
    metadata: async (params: FlowParams): Promise<Metadata> => {
      const { platform, step } = await params;
      if (!isPlatform(platform)) return {};
      const flow = loadFlow(kind, platform);
      const index = stepIndex(flow, step);
      if (index === null) return {};
      return pageMetadata({
        title: { absolute: stepTitles(flow, loadDone(kind).data.title)[index]! },
        description: flow.description,
        // The first step's own URL shows the same page as the flow's: one canonical for both.
        path: index === 0 ? flowPath(kind, platform) : flowPath(kind, platform, step),
      });
    },
  };
}
