import type {} from 'mdast-util-mdx';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { ContentError } from './errors';
import { displayPath, readContentFile } from './files';
import { splitFrontmatter } from './frontmatter';

export interface MdxFile {
  /** Path relative to the repository root, as error messages show it. */
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** Lines in positions count from the top of the file (as editors see it); offsets index into `body`. */
  ast: Root;
}

const parser = createProcessor({ remarkPlugins: [remarkGfm] });

/** Parses an MDX source (frontmatter + body) without evaluating it. */
export function parseMdx(file: string, source: string): MdxFile {
  const { frontmatter, body, bodyLine } = splitFrontmatter(file, source);
  let ast: Root;
  try {
    ast = parser.parse(body) as Root;
  } catch (error) {
    throw new ContentError(file, 'body', `is not valid MDX (${(error as Error).message})`);
  }
  shiftLines(ast, bodyLine);
  return { file, frontmatter, body, ast };
}

function shiftLines(node: { position?: Position; children?: unknown[] }, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  for (const child of node.children ?? []) shiftLines(child as typeof node, by);
}

export function readMdx(absolutePath: string): MdxFile {
  return parseMdx(displayPath(absolutePath), readContentFile(absolutePath));
}

/** Any node of a parsed body: mdast's own, and MDX's (mdast-util-mdx registers them). */
export type MdxNode = Root | RootContent;

export type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** A node's children, for a walk over the tree (a leaf has none). */
export function childrenOf(node: MdxNode): readonly RootContent[] {
  return 'children' in node ? node.children : [];
}

/** A tag's literal attribute, as content wrote it; undefined when absent or an {expression}. */
export function attributeOf(node: JsxNode, name: string): string | undefined {
  const attribute = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function isJsx(node: { type: string }): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A node's first line, as error messages show it: " (line 12)". */
export function lineOf(node: { position?: Position }): string {
  return node.position ? ` (line ${node.position.start.line})` : '';
}

/**
 * A tag's attributes as content wrote them. Only literal strings are content: an
 * `{expression}` value becomes null, so its schema rejects it like a missing value.
 */
export function attributesOf(node: JsxNode): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') attributes['{…}'] = null;
    else attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : null;
  }
  return attributes;
}

/** The source text of some nodes, joined as paragraphs: how a block's body is cut out of a file. */
export function sliceSource(
  body: string,
  nodes: readonly { position?: RootContent['position'] }[],
) {
  return nodes
    .map((node) => body.slice(node.position!.start.offset!, node.position!.end.offset!))
    .join('\n\n')
    .trim();
}
