import { childrenOf, parseMdx, type MdxNode } from '@/lib/content/mdx';
import { labelIdOf } from '@/lib/content/rules/texts';
import { labelText } from '@/lib/labels/registry';
import { defaultLocale, type Locale } from '@/lib/locales';

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

function collect(node: MdxNode, locale: Locale): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  const label = labelIdOf(node);
  if (label) return labelText(label, undefined, locale);
  const children = childrenOf(node);
  // Block children stand apart; inline ones run together as the sentence they form.
  const separator = children.some((child) => !inline.has(child.type)) ? ' ' : '';
  return children.map((child) => collect(child, locale)).join(separator);
}

/**
 * The words of an MDX body without its markup: link text stays, URLs and tags go, and a
 * LinkedIn label reads as the page in `locale` shows it (what that edition's search finds).
 */
export function plainText(file: string, body: string, locale: Locale = defaultLocale): string {
  return collect(parseMdx(file, body).ast, locale).replace(/\s+/g, ' ').trim();
}
