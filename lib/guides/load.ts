import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content/errors';
import { contentRoot } from '@/lib/content/mdx';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { parseFlow } from './parse-flow';
import { flowKinds, type FlowKind } from '@/lib/routes';
import type { Flow } from './schema';

const cache = new Map<string, Flow>();

/** content/guides/<kind>/<platform>.mdx, parsed and checked once per build. */
export function loadFlow(kind: FlowKind, platform: Platform): Flow {
  const key = `${kind}/${platform}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const absolute = path.join(contentRoot, 'guides', kind, `${platform}.mdx`);
  const file = path.relative(process.cwd(), absolute);
  if (!fs.existsSync(absolute))
    throw new ContentError(file, 'file', `is missing: every platform needs a ${kind} flow`);
  const flow = parseFlow(file, fs.readFileSync(absolute, 'utf8'));
  if (flow.flow !== kind)
    throw new ContentError(file, 'flow', `must be "${kind}" for a file in guides/${kind}/`);
  if (flow.platform !== platform)
    throw new ContentError(file, 'platform', `must be "${platform}" to match the file name`);
  cache.set(key, flow);
  return flow;
}

export function loadAllFlows(): Flow[] {
  return flowKinds.flatMap((kind) => platforms.map((platform) => loadFlow(kind, platform)));
}
