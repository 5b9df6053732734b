import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content/errors';
import { contentRoot, displayPath, readContentFile } from '@/lib/content/files';
import { onceByKey } from '@/lib/content/memo';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { flowKinds, type FlowKind } from '@/lib/routes';
import { parseFlow } from './parse-flow';
import type { Flow } from './schema';

/** Every file of content/guides/<kind>/ is one platform's flow; anything else would go unread. */
function assertOnlyPlatformFiles(kind: FlowKind) {
  const dir = path.join(contentRoot, 'guides', kind);
  for (const name of fs.readdirSync(dir)) {
    if (!platforms.some((platform) => name === `${platform}.mdx`)) {
      throw new ContentError(
        displayPath(path.join(dir, name)),
        'file',
        `is not read: content/guides/${kind}/ holds one file per platform (${platforms.map((p) => `${p}.mdx`).join(', ')})`,
      );
    }
  }
}

const readKind = onceByKey((kind: FlowKind) => {
  assertOnlyPlatformFiles(kind);
  return new Map(
    platforms.map((platform) => {
      const absolute = path.join(contentRoot, 'guides', kind, `${platform}.mdx`);
      const file = displayPath(absolute);
      if (!fs.existsSync(absolute))
        throw new ContentError(file, 'file', `is missing: every platform needs a ${kind} flow`);
      const flow = parseFlow(file, readContentFile(absolute));
      if (flow.flow !== kind)
        throw new ContentError(file, 'flow', `must be "${kind}" for a file in guides/${kind}/`);
      if (flow.platform !== platform)
        throw new ContentError(file, 'platform', `must be "${platform}" to match the file name`);
      return [platform, flow] as const;
    }),
  );
});

/**
 * content/guides/<kind>/<platform>.mdx, parsed and checked once per build, without the
 * site-wide link check (lib/guides/load.ts adds it): what the site's page index is built from.
 */
export function readFlow(kind: FlowKind, platform: Platform): Flow {
  return readKind(kind).get(platform)!;
}

export function readAllFlows(): Flow[] {
  return flowKinds.flatMap((kind) => platforms.map((platform) => readFlow(kind, platform)));
}
