import { registeredTexts } from '@/lib/labels/registry';
import type { Problem } from './problem';

interface Node {
  type: string;
  value?: unknown;
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
