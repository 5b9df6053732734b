import type { Entry } from '@/lib/content/read-collection';
import { ContentError } from '@/lib/content/errors';
import { assertFacts } from '@/lib/content/rules/pass';
import type { Tree } from './define-tree';
import { routesOf } from './paths';
import type { NodeText } from './schema';

/** One answer a question offers: its id (tree.ts), its words (the question's MDX), where it leads. */
export interface Answer {
  id: string;
  label: string;
  next: string;
}

/**
 * A question's answers, each route in tree.ts joined to its words in the question's file, in
 * the tree's order. A route without words, words without a route, two answers with the same
 * words, or answers on an outcome fail naming the file and the answer.
 */
export function answersOf(entry: Entry<NodeText>, tree: Tree): Answer[] {
  const words = entry.data.answers ?? {};
  const routes = routesOf(tree, entry.id);
  if (tree.nodes[entry.id]?.kind === 'outcome' && Object.keys(words).length > 0) {
    throw new ContentError(entry.file, 'answers', 'an outcome has no answers: remove them');
  }
  const answers = routes.map(({ id, next }) => {
    const label = words[id];
    if (label === undefined) {
      throw new ContentError(
        entry.file,
        `answers.${id}`,
        `is missing: tree.ts routes answer "${id}" of "${entry.id}" to "${next}", so it needs its words here`,
      );
    }
    return { id, label, next };
  });
  for (const id of Object.keys(words)) {
    if (!routes.some((route) => route.id === id)) {
      throw new ContentError(
        entry.file,
        `answers.${id}`,
        `has no route: tree.ts gives "${entry.id}" no answer "${id}" (misspelt, or add its route)`,
      );
    }
  }
  for (const [index, answer] of answers.entries()) {
    const same = answers
      .slice(0, index)
      .find((earlier) => earlier.label.toLowerCase() === answer.label.toLowerCase());
    if (same) {
      throw new ContentError(
        entry.file,
        `answers.${answer.id}`,
        `repeats the words of "${same.id}"`,
      );
    }
  }
  // The words of answers are read like any other: the same facts rules hold for them.
  assertFacts(
    entry.file,
    answers.map((answer) => ({ text: answer.label, field: `answers.${answer.id}` })),
  );
  return answers;
}

/**
 * Checks a node's words against the routes and the page around them: outcomes end with next
 * actions (a borrowing outcome gets them from the advice it borrows), and per-platform
 * passages sit under a heading. Where its links lead is the site-wide link rule's job.
 * `whatNext` is that section's heading in the node's language (the troubleshooter catalog's
 * whatNextHeading: "What next", "Wie geht es weiter?", "Et ensuite").
 */
export function checkNodeText(entry: Entry<NodeText>, tree: Tree, whatNext = 'What next') {
  const node = tree.nodes[entry.id]!;
  const escaped = whatNext.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hasNext = new RegExp(`^## ${escaped}\\s*$`, 'm').test(entry.body);
  if (node.kind === 'outcome' && !node.adviceFrom && !hasNext) {
    throw new ContentError(entry.file, 'body', `an outcome ends with a "## ${whatNext}" section`);
  }
  if (node.kind === 'outcome' && node.adviceFrom && hasNext) {
    throw new ContentError(
      entry.file,
      'body',
      `has its own "## ${whatNext}", but the advice from "${node.adviceFrom}" follows it`,
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
