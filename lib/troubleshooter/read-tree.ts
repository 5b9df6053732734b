import { collections } from '@/lib/content/collections';
import { mergeProvenance, type Provenance } from '@/lib/sources/provenance';
import { ContentError } from '@/lib/content/errors';
import { localeFolder } from '@/lib/content/locale-folder';
import { messagesOf } from '@/lib/i18n/translator';
import { onceByKey } from '@/lib/content/memo';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import type { Locale } from '@/lib/locales';
import { tree as contentTree } from '@/content/troubleshooter/tree';
import type { Tree } from './define-tree';
import { answersOf, checkNodeText, type Answer } from './node-text';
import { enumeratePaths, trailTo } from './paths';
import type { NodeText } from './schema';
import { validateTree } from './validate';

export const treeFile = 'content/troubleshooter/tree.ts';

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

export type { Answer } from './node-text';

/**
 * The tree with each node's words in one language, validated as a whole (a broken tree fails
 * with the node id and what is wrong). The routes are the same in every language; the words
 * are the language's. Tests pass their own tree and a folder (relative to content/) of node texts.
 */
export function buildTroubleshooter(tree: Tree, locale: Locale, folder?: string): Troubleshooter {
  const texts = new Map(
    readCollection(collections['troubleshooter nodes'], locale, folder).map((entry) => [
      entry.id,
      entry,
    ]),
  );
  const problems = validateTree(tree, [...texts.keys()]);
  if (problems.length) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    const nodesFolder = folder ?? localeFolder(locale, collections['troubleshooter nodes'].folder);
    const file = first!.where === 'text' ? `content/${nodesFolder}/${first!.node}.mdx` : treeFile;
    throw new ContentError(file, `nodes.${first!.node}`, first!.problem + more);
  }
  const answers = new Map([...texts].map(([id, text]) => [id, answersOf(text, tree)]));
  const nodes = new Map<string, TroubleshooterNode>();
  const whatNext = messagesOf(locale).troubleshooter.whatNextHeading;
  for (const [id, node] of Object.entries(tree.nodes)) {
    const text = texts.get(id)!;
    checkNodeText(text, tree, whatNext);
    const adviceFrom = node.kind === 'outcome' ? node.adviceFrom : undefined;
    const parts = adviceFrom ? [text, texts.get(adviceFrom)!] : [text];
    const body = parts.map((part) => part.body.trim()).join('\n\n');
    nodes.set(id, {
      id,
      kind: node.kind,
      answers: answers.get(id)!,
      text,
      adviceFrom,
      body,
      provenance: mergeProvenance(parts.map((part) => part.data)),
      trail: trailTo(tree, id).map(({ question, answer }) => ({
        questionId: question,
        questionTitle: texts.get(question)!.data.title,
        answerLabel: answers.get(question)!.find((given) => given.id === answer.id)!.label,
      })),
      platformSpecific: /<PlatformOnly\b/.test(body),
    });
  }
  return { start: tree.start, nodes, paths: enumeratePaths(tree) };
}

/** The site's own tree (content/troubleshooter/tree.ts and nodes/) in one language, read once. */
export const readTroubleshooter = onceByKey((locale: Locale) =>
  buildTroubleshooter(contentTree, locale),
);
