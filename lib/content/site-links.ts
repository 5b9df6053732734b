import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { readDone } from '@/lib/guides/read-done';
import { readAllFlows } from '@/lib/guides/read-flows';
import { readFaq } from '@/lib/faq/read-faq';
import { readLearnPages } from '@/lib/learn/read-learn';
import { readAllPageCopy } from '@/lib/pages/read-pages';
import { doneIds } from '@/lib/routes';
import { labelsFile, siteLabels } from '@/lib/labels/registry';
import { assertEverySourceCited, siteSources, sourcesFile } from '@/lib/sources/registry';
import {
  readAllTroubleshooterPages,
  readTroubleshooter,
  treeFile,
} from '@/lib/troubleshooter/read-tree';
import { ContentError } from './errors';
import { contentRoot, displayPath } from './files';
import type { ContentLink } from './links';
import { once } from './memo';
import { linkProblems } from './rules/links';
import { assertNoProblems } from './rules/pass';
import { buildSiteIndex } from './site-index';

/** A file under `root` that no loader read would be content nobody sees: an error. */
export function assertEveryFileRead(root: string, read: ReadonlySet<string>): void {
  for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const absolute = path.join(root, name);
    const file = displayPath(absolute);
    if (fs.statSync(absolute).isFile() && !read.has(file)) {
      throw new ContentError(
        file,
        'file',
        'is not read by any loader: remove it, or name it as its folder’s loader expects',
      );
    }
  }
}

/**
 * Reads all content once, checks that nothing under content/ went unread and that every source
 * is cited, and indexes the pages.
 */
const siteIndex = once(() => {
  const content = {
    flows: readAllFlows(),
    faq: readFaq('faq'),
    learn: readLearnPages('learn'),
    troubleshooter: readTroubleshooter(),
  };
  const entries = [
    ...doneIds.map((id) => readDone(id)),
    ...content.faq,
    ...content.learn,
    ...[...content.troubleshooter.nodes.values()].map((node) => node.text),
    ...readAllTroubleshooterPages(),
    ...readAllPageCopy(),
  ];
  assertEveryFileRead(
    contentRoot,
    new Set([
      treeFile,
      sourcesFile,
      labelsFile,
      ...content.flows.map((flow) => flow.file),
      ...entries.map((entry) => entry.file),
    ]),
  );
  assertEverySourceCited(
    siteSources(),
    new Set([
      ...[...content.flows, ...entries.map((entry) => entry.data)].flatMap((cites) =>
        cites.sources.map((source) => source.id),
      ),
      ...[...siteLabels().values()].flatMap((label) =>
        label.texts.flatMap((text) => text.sightings.flatMap((s) => s.source?.id ?? [])),
      ),
    ]),
  );
  return buildSiteIndex(content);
});

/**
 * The site-wide link rule, as every loader runs it on what it returns: each internal link
 * in `file` leads to a page the site builds, and to an #id that page has.
 */
export function assertLinksResolve(file: string, links: readonly ContentLink[]): void {
  assertNoProblems(file, linkProblems(links, siteIndex()));
}
