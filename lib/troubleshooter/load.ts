import { loadCollection, type Entry } from '@/lib/content/collection';
import { mergeProvenance, type Provenance } from '@/lib/content/common-schema';
import { ContentError } from '@/lib/content/errors';
import { contentTags } from '@/mdx-components';
import { tree as contentTree } from '@/content/troubleshooter/tree';
import type { Answer, Tree } from './define-tree';
import { enumeratePaths, trailTo } from './paths';
import { nodeTextSchema, pageTextSchema, type NodeText, type PageText } from './schema';
import { validateTree } from './validate';
import { nodePath } from '@/lib/routes';

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
  /** Every source of what the page shows, and the oldest of their lastChecked days. */
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
 * Checks a node's words against the routes and the page around them: outcomes end with next
 * actions (a borrowing outcome gets them from the advice it borrows), per-platform passages
 * sit under a heading, and links to nodes name real nodes (the first by /troubleshoot).
 */
function checkNodeText(entry: Entry<NodeText>, tree: Tree) {
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
  for (const [, target] of entry.body.matchAll(/\]\(\/troubleshoot\/([^)#?\s]+)/g)) {
    if (target === tree.start) {
      // The first question has no page of its own (see nodeHref): this would be a 404.
      throw new ContentError(
        entry.file,
        'body',
        `links to /troubleshoot/${target}, the first question: link to /troubleshoot instead`,
      );
    }
    if (target !== 'map' && !Object.hasOwn(tree.nodes, target!)) {
      throw new ContentError(
        entry.file,
        'body',
        `links to /troubleshoot/${target}, which is not a node`,
      );
    }
  }
}

let cached: Troubleshooter | undefined;

/**
 * The tree from tree.ts with each node's words, validated as a whole: a broken tree fails
 * `next build` and `npm run content:check` with the node id and what is wrong.
 * Tests pass their own tree and a folder (relative to content/) of node texts.
 */
export function loadTroubleshooter(tree?: Tree, folder = nodesFolder): Troubleshooter {
  if (!tree && cached) return cached;
  const loaded = build(tree ?? contentTree, folder);
  if (!tree) cached = loaded;
  return loaded;
}

function build(tree: Tree, folder: string): Troubleshooter {
  const texts = new Map(
    loadCollection(folder, nodeTextSchema, contentTags).map((entry) => [entry.id, entry]),
  );
  const problems = validateTree(tree, [...texts.keys()]);
  if (problems.length) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    const file = first!.where === 'text' ? `content/${folder}/${first!.node}.mdx` : treeFile;
    throw new ContentError(file, `nodes.${first!.node}`, first!.problem + more);
  }

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

/**
 * The page of one node of the tree. The first question is asked on the entry page (with the
 * device question and the guide-step note), so the start node's page is the entry page: it has
 * one address, and Change or Back to it lands where a guide's link would.
 */
export function nodeHref(id: string): string {
  return nodePath(id, contentTree.start);
}

/** A node that must exist (the pages only ask for ids from the tree). */
export function getNode(id: string): TroubleshooterNode {
  const node = loadTroubleshooter().nodes.get(id);
  if (!node) throw new ContentError(treeFile, `nodes.${id}`, 'is not a node');
  return node;
}

/** The words of the pages around the tree, such as the checklist. */
export function loadTroubleshooterPage(id: 'checklist'): Entry<PageText> {
  const page = loadCollection('troubleshooter/pages', pageTextSchema, contentTags).find(
    (entry) => entry.id === id,
  );
  if (!page) throw new ContentError(`content/troubleshooter/pages/${id}.mdx`, 'file', 'is missing');
  return page;
}
