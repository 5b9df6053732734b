import { alternativesOf, registeredTexts } from '@/lib/labels/registry';
import { childrenOf, lineOf, type MdxNode } from '../mdx';
import type { Problem } from './problem';
import { labelIdOf } from './texts';

const plain = (node: MdxNode): string =>
  node.type === 'text' ? node.value : childrenOf(node).map(plain).join('');

/**
 * LinkedIn's labels are named by id (`<UI id="pending" />`), never typed: bold text that is a
 * label's text in content/labels.ts is a copy that would go stale when LinkedIn renames it.
 */
export function typedLabelProblems(ast: MdxNode, field: string): Problem[] {
  const texts = registeredTexts();
  const visit = (node: MdxNode): Problem[] => {
    if (node.type === 'strong') {
      const text = plain(node).trim();
      const id = texts.get(text);
      if (!id) return [];
      return [
        {
          field,
          rule: 'labels-by-id',
          problem: `**${text}**${lineOf(node)} is LinkedIn’s label "${id}" typed by hand: write <UI id="${id}" />, so its text comes from content/labels.ts`,
        },
      ];
    }
    return childrenOf(node).flatMap(visit);
  };
  return visit(ast);
}

const labelIds = (node: MdxNode): string[] => {
  const id = labelIdOf(node);
  return id ? [id] : childrenOf(node).flatMap(labelIds);
};

/**
 * Where a paragraph names a label and its alternatives (Show all, Manage, See all), the
 * freshest evidence comes first: the order is computed from content/labels.ts, so it changes
 * when the evidence does, and the words must follow.
 */
export function alternativeOrderProblems(ast: MdxNode, field: string): Problem[] {
  const visit = (node: MdxNode): Problem[] => {
    if (node.type === 'paragraph' || node.type === 'listItem') {
      const named = labelIds(node);
      for (const [i, id] of named.entries()) {
        const order = alternativesOf(id).map((label) => label.id);
        const later = named
          .slice(i + 1)
          .find((other) => order.indexOf(other) >= 0 && order.indexOf(other) < order.indexOf(id));
        if (later) {
          return [
            {
              field,
              rule: 'alternatives-freshest-first',
              problem: `<UI id="${id}" /> comes before <UI id="${later}" />${lineOf(node)}, which has fresher evidence: name them ${order.join(', ')}`,
            },
          ];
        }
      }
      return [];
    }
    return childrenOf(node).flatMap(visit);
  };
  return visit(ast);
}
