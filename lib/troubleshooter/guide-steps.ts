import { loadFlow } from '@/lib/guides/load';
import { flowKinds, flowPath, type FlowKind } from '@/lib/routes';
import { platforms, type Platform } from '@/lib/platform/platforms';

/** A guide step as the troubleshooter's entry page names it. */
export interface GuideStep {
  flow: FlowKind;
  platform: Platform;
  id: string;
  title: string;
  number: number;
  href: string;
}

/** Every guide step a "This doesn't match my screen" link can name, for the entry page's note. */
export function guideSteps(): GuideStep[] {
  return flowKinds.flatMap((flow) =>
    platforms.flatMap((platform) =>
      loadFlow(flow, platform).steps.map((step, i) => ({
        flow,
        platform,
        id: step.id,
        title: step.title,
        number: i + 1,
        href: flowPath(flow, platform, step.id),
      })),
    ),
  );
}
