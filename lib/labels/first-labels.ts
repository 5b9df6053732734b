import type { Root } from 'mdast';
import { attributeOf, childrenOf, isJsx, type MdxNode } from '@/lib/content/mdx';

/**
 * Which <UI id="…" /> is a label's first in its step: on a German or French page, the first
 * names LinkedIn's English label beside the translated one ("**Ausstehend** (auf Englisch:
 * **Pending**)"), or says once that the reader's screen shows it in their language; later
 * ones print the label alone.
 *
 * The scope is the <Step> element around the label, else the whole body (a page, an FAQ item,
 * a troubleshooter node). A step page renders a step's shared body and each variant's body
 * as separate sources: MdxContent's `named` prop passes the labels the shared body already
 * named, so a variant doesn't name them again.
 *
 * A remark pass, run when MdxContent compiles a body: it marks each first occurrence with a
 * boolean `first` attribute (the content contract never sees it; content can't write it).
 */
export function markFirstLabels(tree: Root): void {
  const visit = (node: MdxNode, seen: Set<string>): void => {
    if (isJsx(node) && node.name === 'Step') {
      const inner = new Set<string>();
      for (const child of childrenOf(node)) visit(child, inner);
      return;
    }
    if (isJsx(node) && node.name === 'UI') {
      const id = attributeOf(node, 'id');
      if (id && !seen.has(id)) {
        seen.add(id);
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'first', value: null });
      }
      return;
    }
    for (const child of childrenOf(node)) visit(child, seen);
  };
  visit(tree, new Set());
}

/** The remark plugin MdxContent compiles with. */
export const remarkFirstLabels = () => markFirstLabels;
