import 'server-only';
import { assertLinksResolve } from '@/lib/content/site-links';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { flowKinds, type FlowKind } from '@/lib/routes';
import { readFlow } from './read-flows';
import type { Flow } from './schema';

/**
 * content/guides/<kind>/<platform>.mdx, parsed and checked (the links of its steps too)
 * once per build.
 */
export function loadFlow(kind: FlowKind, platform: Platform): Flow {
  const flow = readFlow(kind, platform);
  assertLinksResolve(flow.file, flow.links);
  return flow;
}

export function loadAllFlows(): Flow[] {
  return flowKinds.flatMap((kind) => platforms.map((platform) => loadFlow(kind, platform)));
}
