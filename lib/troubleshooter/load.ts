import 'server-only';
import { ContentError } from '@/lib/content/errors';
import { defaultLocale, type Locale } from '@/lib/locales';
import { tree as contentTree } from '@/content/troubleshooter/tree';
import { nodePath } from '@/lib/routes';
import {
  readTroubleshooter,
  treeFile,
  type Troubleshooter,
  type TroubleshooterNode,
} from './read-tree';

export type { Answer, TrailItem, Troubleshooter, TroubleshooterNode } from './read-tree';

/**
 * The tree from tree.ts with each node's words, validated as a whole: a broken tree fails
 * `next build` and `npm run content:check` with the node id and what is wrong.
 */
export function loadTroubleshooter(locale: Locale = defaultLocale): Troubleshooter {
  return readTroubleshooter(locale);
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
export function getNode(id: string, locale: Locale = defaultLocale): TroubleshooterNode {
  const node = loadTroubleshooter(locale).nodes.get(id);
  if (!node) throw new ContentError(treeFile, `nodes.${id}`, 'is not a node');
  return node;
}
