import { loadCollection, type Entry } from '@/lib/content/collection';
import { ContentError } from '@/lib/content/errors';
import { contentTags } from '@/mdx-components';
import { tree as contentTree } from '@/content/troubleshooter/tree';
import type { Answer, Tree } from './define-tree';
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
  /** The node's words: its own MDX, or the outcome's it shares (sameTextAs). */
  text: Entry<NodeText>;
  /** The answers that lead here from the start; empty for the start. */
  trail: TrailItem[];
  /** Whether the words hold <PlatformOnly> passages, so the page offers to switch platform. */
  platformSpecific: boolean;
}

export interface Troubleshooter {
  start: string;
  nodes: ReadonlyMap<string, TroubleshooterNode>;
  /** Every route from the start to an outcome, as node ids. */
  paths: string[][];
}

/**
 * Checks the words against the routes and the page around them: outcomes end with next
 * actions, per-platform passages sit under a heading, links to nodes name real nodes.
 */
function checkNodeText(entry: Entry<NodeText>, kind: TroubleshooterNode['kind'], tree: Tree) {
  if (kind === 'outcome' && !/^## What next\s*$/m.test(entry.body)) {
    throw new ContentError(entry.file, 'body', 'an outcome ends with a "## What next" section');
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
  const source = tree ?? contentTree;
  const loaded = build(source, folder);
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
  const titleOf = (id: string) => {
    const node = tree.nodes[id]!;
    return texts.get((node.kind === 'outcome' && node.sameTextAs) || id)!.data.title;
  };
  for (const [id, node] of Object.entries(tree.nodes)) {
    const text = texts.get((node.kind === 'outcome' && node.sameTextAs) || id)!;
    checkNodeText(text, node.kind, tree);
    nodes.set(id, {
      id,
      kind: node.kind,
      answers: node.kind === 'question' ? node.answers : [],
      text,
      trail: trailTo(tree, id).map(({ question, answer }) => ({
        questionId: question,
        questionTitle: titleOf(question),
        answerLabel: answer.label,
      })),
      platformSpecific: /<PlatformOnly\b/.test(text.body),
    });
  }
  return { start: tree.start, nodes, paths: enumeratePaths(tree) };
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
