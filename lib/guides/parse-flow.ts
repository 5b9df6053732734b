import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { contentComponents, placeOf } from '@/lib/content/contract';
import { ContentError, parseOrThrow } from '@/lib/content/errors';
import { bodyLinks, type ContentLink } from '@/lib/content/links';
import { attributesOf, isJsx, parseMdx, sliceSource } from '@/lib/content/mdx';
import { assertFacts, assertNoProblems } from '@/lib/content/rules/pass';
import { bodyTexts, type ContentText } from '@/lib/content/rules/texts';
import { pageTitleProblem, siteTitle, stepPageTitle } from '@/lib/content/rules/titles';
import { assertAllowedSyntax } from '@/lib/content/syntax';
import { isHighlightOf } from '@/lib/screens/catalog';
import { flowFrontmatterSchema, stepSchema, type Flow, type Step } from './schema';

/**
 * A flow file is frontmatter plus <Step> blocks and nothing else. Each step's id, title and
 * picture are lifted out as data (their attributes checked by the contract's schemas); the
 * rest of the block is its MDX body.
 */
export function parseFlow(file: string, source: string): Flow {
  const mdx = parseMdx(file, source);
  assertAllowedSyntax(mdx, 'flow steps');
  const frontmatter = parseOrThrow(flowFrontmatterSchema, mdx.frontmatter, file);

  const steps: Step[] = [];
  const texts: ContentText[] = [
    { text: frontmatter.title, field: 'title' },
    { text: frontmatter.description, field: 'description' },
  ];
  const links: ContentLink[] = [];
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
    const step = parseStep(file, mdx.body, node, n);
    if (steps.some((other) => other.id === step.id)) {
      throw new ContentError(file, `steps[${n}].id`, `"${step.id}" is used by another step`);
    }
    steps.push(step);
    texts.push(
      { text: step.title, field: `steps[${n}].title`, line: node.position?.start.line },
      ...node.children.flatMap((child) => bodyTexts(child, `steps[${n}].body`)),
    );
    links.push(...node.children.flatMap((child) => bodyLinks(child, `steps[${n}].body`)));
  }
  if (steps.length === 0) throw new ContentError(file, 'body', 'has no <Step> blocks');

  const titleProblem = pageTitleProblem(siteTitle(frontmatter.title));
  assertNoProblems(file, [
    ...(titleProblem ? [{ field: 'title', problem: titleProblem }] : []),
    ...steps.flatMap((step, i) => {
      const problem = pageTitleProblem(
        stepPageTitle(step.title, frontmatter.platform, i + 1, steps.length),
      );
      return problem ? [{ field: `steps[${i + 1}].title`, problem }] : [];
    }),
  ]);
  assertFacts(
    file,
    texts.map((text) => ({ ...text, platform: frontmatter.platform })),
    frontmatter.sources,
  );
  if (frontmatter.sentListStep && !steps.some((step) => step.id === frontmatter.sentListStep)) {
    throw new ContentError(
      file,
      'sentListStep',
      `"${frontmatter.sentListStep}" is not a step of this flow (${steps.map((step) => step.id).join(', ')})`,
    );
  }
  return { ...frontmatter, file, steps, links };
}

type StepNode = MdxJsxFlowElement | MdxJsxTextElement;

/** The n-th <Step>: attributes, its one <Screen>, and the body around it. */
function parseStep(file: string, body: string, node: StepNode, n: number): Step {
  const screens = node.children.filter((child) => isJsx(child) && child.name === 'Screen');
  if (screens.length > 1)
    throw new ContentError(file, `steps[${n}].screen`, 'has more than one <Screen>');
  const screenNode = screens[0] as StepNode | undefined;
  const bodyNodes = node.children.filter((child) => child !== screenNode);
  const stray = findMisplaced(bodyNodes, 'Step');
  if (stray) {
    const place = placeOf(stray.name!)!;
    const line = ` (line ${stray.position?.start.line})`;
    throw new ContentError(
      file,
      `steps[${n}].${place === 'top level' ? 'body' : stray.name!.toLowerCase()}`,
      place === 'top level'
        ? `<${stray.name}> blocks cannot be nested${line}`
        : `<${stray.name}> must stand on its own line directly inside ${place.map((tag) => `<${tag}>`).join(' or ')}, not inside text or another component${line}`,
    );
  }
  if (!screenNode) {
    throw new ContentError(
      file,
      `steps[${n}].screen`,
      'is required: every step needs a <Screen view="…" highlight="…" />',
    );
  }
  const attributes = parseOrThrow(
    contentComponents.Step.attributes,
    attributesOf(node),
    file,
    `steps[${n}].`,
  );
  const step = parseOrThrow(
    stepSchema,
    {
      ...attributes,
      screen: attributesOf(screenNode),
      body: sliceSource(body, bodyNodes),
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
  return step;
}

type MdxNode = { type: string; children?: unknown[] };

/**
 * A structure tag (the contract's `inside`) standing anywhere but where it belongs, below
 * `parent`: the tag of the nearest component around it, or the Markdown node (a paragraph).
 */
function findMisplaced(nodes: readonly MdxNode[], parent: string): StepNode | undefined {
  for (const node of nodes) {
    const name = isJsx(node) ? (node.name ?? '') : node.type;
    const place = isJsx(node) ? placeOf(name) : undefined;
    if (isJsx(node) && place && (place === 'top level' || !place.includes(parent))) return node;
    const inner = findMisplaced((node.children ?? []) as MdxNode[], name);
    if (inner) return inner;
  }
  return undefined;
}
