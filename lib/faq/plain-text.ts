import { parseMdx } from '@/lib/content/mdx';
import { labelIdOf } from '@/lib/content/rules/texts';
import { labelText } from '@/lib/labels/registry';

interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
}

const inline = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'mdxJsxTextElement',
  'break',
]);

function collect(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'break') return ' ';
  const label = labelIdOf(node);
  if (label) return labelText(label);
  const children = node.children ?? [];
  // Block children stand apart; inline ones run together as the sentence they form.
  const separator = children.some((child) => !inline.has(child.type)) ? ' ' : '';
  return children.map(collect).join(separator);
}

/** The words of an MDX body without its markup: link text stays, URLs and tags go. */
export function plainText(file: string, body: string): string {
  return collect(parseMdx(file, body).ast).replace(/\s+/g, ' ').trim();
}
