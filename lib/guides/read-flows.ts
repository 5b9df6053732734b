import fs from 'node:fs';
import path from 'node:path';
import { collections } from '@/lib/content/collections';
import { ContentError } from '@/lib/content/errors';
import { contentRoot, displayPath, readContentFile } from '@/lib/content/files';
import { localeFolder } from '@/lib/content/locale-folder';
import { onceByKey } from '@/lib/content/memo';
import type { Locale } from '@/lib/locales';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { flowKinds, type FlowKind } from '@/lib/routes';
import { parseFlow } from './parse-flow';
import type { Flow } from './schema';

const flowsOf = onceByKey((locale: Locale) => {
  const folder = localeFolder(locale, collections['flow steps'].folder);
  return new Map(
    flowKinds.flatMap((kind) =>
      platforms.map((platform) => {
        const absolute = path.join(contentRoot, folder, kind, `${platform}.mdx`);
        const file = displayPath(absolute);
        if (!fs.existsSync(absolute))
          throw new ContentError(file, 'file', `is missing: every platform needs a ${kind} flow`);
        const flow = parseFlow(file, readContentFile(absolute), locale);
        if (flow.flow !== kind)
          throw new ContentError(file, 'flow', `must be "${kind}" for a file in guides/${kind}/`);
        if (flow.platform !== platform)
          throw new ContentError(file, 'platform', `must be "${platform}" to match the file name`);
        return [`${kind}/${platform}`, flow] as const;
      }),
    ),
  );
});

/**
 * content/guides/<kind>/<platform>.mdx of one language, parsed and checked once per build. A
 * stray file beside them is the site check's to report (lib/content/load-all.ts).
 */
export function readFlow(kind: FlowKind, platform: Platform, locale: Locale): Flow {
  return flowsOf(locale).get(`${kind}/${platform}`)!;
}

export function readAllFlows(locale: Locale): Flow[] {
  return [...flowsOf(locale).values()];
}
