import { attributeOf, childrenOf, type MdxNode } from '@/lib/content/mdx';
import { labelText } from '@/lib/labels/registry';
import { isPlatform, type Platform } from '@/lib/platform/platforms';

/** One piece of text a reader reads, and where it is in its file. */
export interface ContentText {
  text: string;
  /** The field the error names: `title`, `body`, `steps[2].body`, `nodes.x.answers[0].label`. */
  field: string;
  line?: number;
  /** The platform it is written for; none for text every platform reads. */
  platform?: Platform;
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);

/** A <UI id="…" /> label's id, where the node is one. */
export function labelIdOf(node: MdxNode): string | undefined {
  if (node.type !== 'mdxJsxTextElement' || node.name !== 'UI') return undefined;
  return attributeOf(node, 'id');
}

/** A node's words as a reader reads them: a <UI> label reads as its text on that platform. */
function inlineText(node: MdxNode, platform: Platform | undefined): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  const label = labelIdOf(node);
  if (label) return labelText(label, platform);
  return childrenOf(node)
    .map((child) => inlineText(child, platform))
    .join('');
}

function platformOf(node: MdxNode): Platform | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  if (node.name !== 'PlatformOnly') return undefined;
  const value = attributeOf(node, 'platform');
  return isPlatform(value) ? value : undefined;
}

/** The text of each paragraph, heading and table cell of a body, with the platform it is under. */
export function bodyTexts(ast: MdxNode, field: string, platform?: Platform): ContentText[] {
  const visit = (node: MdxNode, under: Platform | undefined): ContentText[] => {
    if (blockTypes.has(node.type)) {
      const text = inlineText(node, under).replace(/\s+/g, ' ').trim();
      return text ? [{ text, field, line: node.position?.start.line, platform: under }] : [];
    }
    const inner = platformOf(node) ?? under;
    return childrenOf(node).flatMap((child) => visit(child, inner));
  };
  return visit(ast, platform);
}

/** The frontmatter fields a reader reads (title, description, question), where present. */
export function frontmatterTexts(
  data: Record<string, unknown>,
  platform?: Platform,
): ContentText[] {
  return ['title', 'description', 'question'].flatMap((field) => {
    const text = data[field];
    return typeof text === 'string' ? [{ text, field, platform }] : [];
  });
}

/** A text's sentences, as the facts rules read them. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.trim() !== '');
}
