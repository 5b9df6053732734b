import { loadCollection, type Entry } from '@/lib/content/collection';
import { mergeProvenance, type Provenance } from '@/lib/sources/provenance';
import { ContentError } from '@/lib/content/errors';
import { once, onceByKey } from '@/lib/content/memo';
import { assertFacts } from '@/lib/content/rules/pass';
import { tree as contentTree } from '@/content/troubleshooter/tree';
import type { Answer, Tree } from './define-tree';
import { checkNodeText } from './node-text';
import { enumeratePaths, trailTo } from './paths';
import { nodeTextSchema, pageTextSchema, type NodeText, type PageText } from './schema';
import { validateTree } from './validate';

export const treeFile = 'content/troubleshooter/tree.ts';
const nodesFolder = 'troubleshooter/nodes';

export interface TrailItem {
  questionId: string;
  questionTitle: string;
  answerLabel: string;
}

export interface TroubleshooterNode {
  id: string;
  kind: 'question' | 'outcome';
  answers: readonly Answer[];
  /** The node's own file: title, description, provenance and its own words. */
  text: Entry<NodeText>;
  /** The outcome whose advice follows this node's own words (tree.ts `adviceFrom`). */
  adviceFrom?: string;
  /** What the page renders: the node's words, then the borrowed advice if any. */
  body: string;
  /** Every source of what the page shows. */
  provenance: Provenance;
  /** The answers that lead here from the start; empty for the start. */
  trail: TrailItem[];
  /** Whether the page holds <PlatformOnly> passages, so it offers to switch platform. */
  platformSpecific: boolean;
}

export interface Troubleshooter {
  start: string;
  nodes: ReadonlyMap<string, TroubleshooterNode>;
  /** Every route from the start to an outcome, as node ids. */
  paths: string[][];
}

/**
 * The tree with each node's words, validated as a whole (a broken tree fails with the node
 * id and what is wrong), without the site-wide link check (lib/troubleshooter/load.ts adds
 * it). Tests pass their own tree and a folder (relative to content/) of node texts.
 */
export function buildTroubleshooter(tree: Tree, folder: string): Troubleshooter {
  const texts = new Map(
    loadCollection(folder, nodeTextSchema, 'troubleshooter nodes').map((entry) => [
      entry.id,
      entry,
    ]),
  );
  const problems = validateTree(tree, [...texts.keys()]);
  if (problems.length) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    const file = first!.where === 'text' ? `content/${folder}/${first!.node}.mdx` : treeFile;
    throw new ContentError(file, `nodes.${first!.node}`, first!.problem + more);
  }
  // The answer labels are words a reader reads too: the same facts rules hold for them.
  assertFacts(
    treeFile,
    Object.entries(tree.nodes).flatMap(([id, node]) =>
      node.kind === 'question'
        ? node.answers.map((answer, i) => ({
            text: answer.label,
            field: `nodes.${id}.answers[${i}].label`,
          }))
        : [],
    ),
  );

  const nodes = new Map<string, TroubleshooterNode>();
  for (const [id, node] of Object.entries(tree.nodes)) {
    const text = texts.get(id)!;
    checkNodeText(text, tree);
    const adviceFrom = node.kind === 'outcome' ? node.adviceFrom : undefined;
    const parts = adviceFrom ? [text, texts.get(adviceFrom)!] : [text];
    const body = parts.map((part) => part.body.trim()).join('\n\n');
    nodes.set(id, {
      id,
      kind: node.kind,
      answers: node.kind === 'question' ? node.answers : [],
      text,
      adviceFrom,
      body,
      provenance: mergeProvenance(parts.map((part) => part.data)),
      trail: trailTo(tree, id).map(({ question, answer }) => ({
        questionId: question,
        questionTitle: texts.get(question)!.data.title,
        answerLabel: answer.label,
      })),
      platformSpecific: /<PlatformOnly\b/.test(body),
    });
  }
  return { start: tree.start, nodes, paths: enumeratePaths(tree) };
}

/** The site's own tree (content/troubleshooter/tree.ts and nodes/), read once. */
export const readTroubleshooter = once(() => buildTroubleshooter(contentTree, nodesFolder));

const pageIds = ['checklist'] as const;
export type TroubleshooterPageId = (typeof pageIds)[number];

const readPages = once(() => {
  const pages = loadCollection('troubleshooter/pages', pageTextSchema, 'troubleshooter pages');
  for (const page of pages) {
    if (!(pageIds as readonly string[]).includes(page.id)) {
      throw new ContentError(
        page.file,
        'file name',
        `is not a page: content/troubleshooter/pages/ holds ${pageIds.join(', ')}`,
      );
    }
  }
  return pages;
});

/** The words of the pages around the tree, such as the checklist. */
export const readTroubleshooterPage = onceByKey((id: TroubleshooterPageId): Entry<PageText> => {
  const page = readPages().find((entry) => entry.id === id);
  if (!page) throw new ContentError(`content/troubleshooter/pages/${id}.mdx`, 'file', 'is missing');
  return page;
});

export function readAllTroubleshooterPages(): Entry<PageText>[] {
  return pageIds.map(readTroubleshooterPage);
}
