import { alternativesOf, registeredTexts } from '@/lib/labels/registry';
import type { Problem } from './problem';

interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const plain = (node: Node): string =>
  node.type === 'text' ? String(node.value ?? '') : (node.children ?? []).map(plain).join('');

/**
 * LinkedIn's labels are named by id (`<UI id="pending" />`), never typed: bold text that is a
 * label's text in content/labels.ts is a copy that would go stale when LinkedIn renames it.
 */
export function typedLabelProblems(ast: unknown, field: string): Problem[] {
  const texts = registeredTexts();
  const visit = (node: Node): Problem[] => {
    if (node.type === 'strong') {
      const text = plain(node).trim();
      const id = texts.get(text);
      if (!id) return [];
      const line = node.position ? ` (line ${node.position.start.line})` : '';
      return [
        {
          field,
          rule: 'labels-by-id',
          problem: `**${text}**${line} is LinkedIn’s label "${id}" typed by hand: write <UI id="${id}" />, so its text comes from content/labels.ts`,
        },
      ];
    }
    return (node.children ?? []).flatMap(visit);
  };
  return visit(ast as Node);
}

const labelIds = (node: Node): string[] => {
  if (node.type === 'mdxJsxTextElement' && node.name === 'UI') {
    const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
    return typeof id === 'string' ? [id] : [];
  }
  return (node.children ?? []).flatMap(labelIds);
};

/**
 * Where a paragraph names a label and its alternatives (Show all, Manage, See all), the
 * freshest evidence comes first: the order is computed from content/labels.ts, so it changes
 * when the evidence does, and the words must follow.
 */
export function alternativeOrderProblems(ast: unknown, field: string): Problem[] {
  const visit = (node: Node): Problem[] => {
    if (node.type === 'paragraph' || node.type === 'listItem') {
      const named = labelIds(node);
      for (const [i, id] of named.entries()) {
        const order = alternativesOf(id).map((label) => label.id);
        const later = named
          .slice(i + 1)
          .find((other) => order.indexOf(other) >= 0 && order.indexOf(other) < order.indexOf(id));
        if (later) {
          const line = node.position ? ` (line ${node.position.start.line})` : '';
          return [
            {
              field,
              rule: 'alternatives-freshest-first',
              problem: `<UI id="${id}" /> comes before <UI id="${later}" />${line}, which has fresher evidence: name them ${order.join(', ')}`,
            },
          ];
        }
      }
      return [];
    }
    return (node.children ?? []).flatMap(visit);
  };
  return visit(ast as Node);
}
