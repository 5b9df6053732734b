import { contentComponents, type ContentTag } from './contract';
import { ContentError } from './errors';
import {
  attributesOf,
  childrenOf,
  isJsx,
  lineOf,
  type JsxNode,
  type MdxFile,
  type MdxNode,
} from './mdx';

/**
 * What may stand in a body of this kind: only the tags its collection allows, each with
 * attributes its schema accepts, Markdown links the contract's `a` accepts, and no imports,
 * exports or expressions: content is data, not code. Structure tags (Step, Screen) are only
 * checked for being allowed here; their kind's parser validates their attributes as data.
 */
export function assertAllowedSyntax(
  mdx: MdxFile,
  kind: string,
  allowed: readonly ContentTag[],
): void {
  const fail = (problem: string, node: MdxNode): never => {
    throw new ContentError(mdx.file, 'body', `${problem}${lineOf(node)}`);
  };
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') fail('imports and exports are not allowed', node);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      fail('{expressions} are not allowed', node);
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      fail('Markdown images are not allowed (a step shows its picture with <Screen>)', node);
    }
    if (node.type === 'link' || node.type === 'definition') {
      const result = contentComponents.a.attributes.safeParse({
        href: node.url,
        ...(node.title ? { title: node.title } : {}),
      });
      if (!result.success) fail(`link to "${node.url}" ${result.error.issues[0]!.message}`, node);
    }
    if (isJsx(node)) {
      const name = node.name ?? '';
      if (!(allowed as readonly string[]).includes(name)) {
        const known = Object.hasOwn(contentComponents, name) && /^[A-Z]/.test(name);
        throw new ContentError(
          mdx.file,
          'body',
          `${known ? `<${name}> can't be used in ${kind}` : `unknown component <${name}>`}${lineOf(node)}; allowed: ${allowed.join(', ')}`,
        );
      }
      assertAttributes(mdx.file, node);
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(mdx.ast);
}

function assertAttributes(file: string, node: JsxNode) {
  const component = contentComponents[node.name as keyof typeof contentComponents];
  if (!component.rendered) return;
  const attributes = attributesOf(node);
  const result = component.attributes.safeParse(attributes);
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const problem =
    issue.code === 'unrecognized_keys'
      ? `<${node.name}> takes no "${issue.keys[0]}" attribute`
      : `<${node.name} ${String(issue.path[0])}="${attributes[String(issue.path[0])] ?? ''}"> ${issue.message}`;
  throw new ContentError(file, 'body', `${problem}${lineOf(node)}`);
}
