import type {} from 'mdast-util-mdx';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { ContentError } from './errors';
import { platforms } from '@/lib/platform/platforms';

export const contentRoot = path.join(process.cwd(), 'content');

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
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new ContentError(file, 'frontmatter', `is not valid YAML (${(error as Error).message})`);
  }
  let ast: Root;
  try {
    ast = parser.parse(parsed.content) as Root;
  } catch (error) {
    throw new ContentError(file, 'body', `is not valid MDX (${(error as Error).message})`);
  }
  // gray-matter's content is a suffix of the source: shift by the frontmatter's lines.
  shiftLines(ast, source.slice(0, source.length - parsed.content.length).split('\n').length - 1);
  return { file, frontmatter: parsed.data, body: parsed.content, ast };
}

function shiftLines(node: { position?: Position; children?: unknown[] }, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  for (const child of node.children ?? []) shiftLines(child as typeof node, by);
}

export function readMdx(absolutePath: string): MdxFile {
  const file = path.relative(process.cwd(), absolutePath);
  return parseMdx(file, fs.readFileSync(absolutePath, 'utf8'));
}

/** Lists the .mdx files of a content folder, sorted, as absolute paths. */
export function listMdx(folder: string): string[] {
  const dir = path.join(contentRoot, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => path.join(dir, name));
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

export function isJsx(node: { type: string }): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * Only registered components may appear in content, and no imports, exports or expressions:
 * content is data, not code.
 */
export function assertAllowedSyntax(mdx: MdxFile, allowed: readonly string[]): void {
  const visit = (node: {
    type: string;
    children?: unknown[];
    position?: { start: { line: number } };
  }) => {
    const line = node.position ? ` (line ${node.position.start.line})` : '';
    if (node.type === 'mdxjsEsm') {
      throw new ContentError(mdx.file, 'body', `imports and exports are not allowed${line}`);
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      throw new ContentError(mdx.file, 'body', `{expressions} are not allowed${line}`);
    }
    if (isJsx(node) && (!node.name || !allowed.includes(node.name))) {
      throw new ContentError(
        mdx.file,
        'body',
        `unknown component <${node.name ?? ''}>${line}; allowed: ${allowed.join(', ')}`,
      );
    }
    if (isJsx(node)) assertAttributes(mdx.file, node, line);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(mdx.ast);
}

/**
 * The values content components accept, checked at build so a typo (`kind="danger"`,
 * `platform="iphone"`) fails with the file and line instead of rendering the wrong thing.
 */
const attributeRules: Record<
  string,
  Record<string, { values: readonly string[]; required?: boolean }>
> = {
  Callout: { kind: { values: ['note', 'warning'] } },
  PlatformOnly: { platform: { values: platforms, required: true } },
};

function assertAttributes(file: string, node: JsxNode, line: string) {
  const rules = attributeRules[node.name ?? ''];
  if (!rules) return;
  for (const attribute of node.attributes) {
    const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
    const rule = rules[name];
    if (!rule) {
      throw new ContentError(file, 'body', `<${node.name}> takes no "${name}" attribute${line}`);
    }
  }
  for (const [name, rule] of Object.entries(rules)) {
    const value = stringAttribute(node, name);
    const present = node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if ((rule.required || present) && (value === undefined || !rule.values.includes(value))) {
      throw new ContentError(
        file,
        'body',
        `<${node.name} ${name}="${value ?? ''}"> must be one of ${rule.values.join(', ')}${line}`,
      );
    }
  }
}

/** A JSX attribute's literal string value; expressions are not content. */
export function stringAttribute(node: JsxNode, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) {
      return typeof attribute.value === 'string' ? attribute.value : undefined;
    }
  }
  return undefined;
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
