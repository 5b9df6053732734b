import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { ContentError, parseOrThrow } from '@/lib/content/errors';
import {
  assertAllowedSyntax,
  isJsx,
  parseMdx,
  sliceSource,
  stringAttribute,
} from '@/lib/content/mdx';
import { isHighlightOf } from '@/lib/screens/catalog';
import { flowFrontmatterSchema, stepSchema, type Flow, type Step } from './schema';

/** Tags a flow may use: its structure (Step, Screen) plus the shared MDX components. */
export const flowTags = ['Step', 'Screen', 'Callout'] as const;

/**
 * A flow file is frontmatter plus <Step> blocks and nothing else. Each step's id, title and
 * picture are lifted out as data; the rest of the block is its MDX body.
 */
export function parseFlow(file: string, source: string): Flow {
  const mdx = parseMdx(file, source);
  assertAllowedSyntax(mdx, flowTags);
  const frontmatter = parseOrThrow(flowFrontmatterSchema, mdx.frontmatter, file);

  const steps: Step[] = [];
  for (const node of mdx.ast.children) {
    if (!isJsx(node) || node.name !== 'Step') {
      if (node.type === 'html' || (node.type === 'paragraph' && !node.children.length)) continue;
      throw new ContentError(
        file,
        'body',
        `only <Step> blocks may stand at the top level (line ${node.position?.start.line})`,
      );
    }
    const n = steps.length + 1;
    const screens = node.children.filter((child) => isJsx(child) && child.name === 'Screen');
    if (screens.length > 1)
      throw new ContentError(file, `steps[${n}].screen`, 'has more than one <Screen>');
    const screenNode = screens[0];
    const bodyNodes = node.children.filter((child) => child !== screenNode);
    const stray = findStructureTag(bodyNodes);
    if (stray) {
      const line = stray.position?.start.line;
      throw new ContentError(
        file,
        stray.name === 'Step' ? `steps[${n}].body` : `steps[${n}].screen`,
        stray.name === 'Step'
          ? `<Step> blocks cannot be nested (line ${line})`
          : `<Screen> must stand on its own line directly inside <Step>, not inside text or another component (line ${line})`,
      );
    }
    const step = parseOrThrow(
      stepSchema,
      {
        id: stringAttribute(node, 'id'),
        title: stringAttribute(node, 'title'),
        screen:
          screenNode && isJsx(screenNode)
            ? {
                view: stringAttribute(screenNode, 'view'),
                highlight: stringAttribute(screenNode, 'highlight'),
              }
            : undefined,
        body: sliceSource(mdx.body, bodyNodes),
      },
      file,
      `steps[${n}].`,
    );
    if (!isHighlightOf(step.screen.view, step.screen.highlight)) {
      throw new ContentError(
        file,
        `steps[${n}].screen.highlight`,
        `"${step.screen.highlight}" is not an element of the "${step.screen.view}" view (step "${step.id}")`,
      );
    }
    if (steps.some((other) => other.id === step.id)) {
      throw new ContentError(file, `steps[${n}].id`, `"${step.id}" is used by another step`);
    }
    steps.push(step);
  }
  if (steps.length === 0) throw new ContentError(file, 'body', 'has no <Step> blocks');
  if (frontmatter.sentListStep && !steps.some((step) => step.id === frontmatter.sentListStep)) {
    throw new ContentError(
      file,
      'sentListStep',
      `"${frontmatter.sentListStep}" is not a step of this flow (${steps.map((step) => step.id).join(', ')})`,
    );
  }
  return { ...frontmatter, file, steps };
}

type MdxNode = { type: string; children?: unknown[] };

/** A <Step> or <Screen> anywhere inside a step's body: the structure tags belong only at their own level. */
function findStructureTag(
  nodes: readonly MdxNode[],
): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  for (const node of nodes) {
    if (isJsx(node) && (node.name === 'Step' || node.name === 'Screen')) return node;
    const inner = findStructureTag((node.children ?? []) as MdxNode[]);
    if (inner) return inner;
  }
  return undefined;
}
