import type { Entry } from '@/lib/content/read-collection';
import { ContentError } from '@/lib/content/errors';
import type { Tree } from './define-tree';
import type { NodeText } from './schema';

/**
 * Checks a node's words against the routes and the page around them: outcomes end with next
 * actions (a borrowing outcome gets them from the advice it borrows), and per-platform
 * passages sit under a heading. Where its links lead is the site-wide link rule's job.
 */
export function checkNodeText(entry: Entry<NodeText>, tree: Tree) {
  const node = tree.nodes[entry.id]!;
  const hasNext = /^## What next\s*$/m.test(entry.body);
  if (node.kind === 'outcome' && !node.adviceFrom && !hasNext) {
    throw new ContentError(entry.file, 'body', 'an outcome ends with a "## What next" section');
  }
  if (node.kind === 'outcome' && node.adviceFrom && hasNext) {
    throw new ContentError(
      entry.file,
      'body',
      `has its own "## What next", but the advice from "${node.adviceFrom}" follows it`,
    );
  }
  const platformAt = entry.body.search(/<PlatformOnly\b/);
  if (platformAt >= 0 && !/^## /m.test(entry.body.slice(0, platformAt))) {
    // Each passage is labelled with an <h3>: without an <h2> above it, headings skip a level.
    throw new ContentError(
      entry.file,
      'body',
      'put a "## " heading above the first <PlatformOnly>',
    );
  }
}
