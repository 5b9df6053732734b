import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { contentComponents, placeOf } from '@/lib/content/contract';
import { ContentError, parseOrThrow } from '@/lib/content/errors';
import { bodyLinks, type ContentLink } from '@/lib/content/links';
import { attributesOf, isJsx, sliceSource } from '@/lib/content/mdx';
import { bodyTexts, type ContentText } from '@/lib/content/rules/texts';
import { resolvePlaceholders, type PlaceholderContext } from '@/lib/labels/placeholders';
import type { Platform } from '@/lib/platform/platforms';
import { isHighlightOf } from '@/lib/screens/catalog';
import { stepBaseSchema, type Step, type StepScreen, type Variant } from './schema';

type BlockNode = MdxJsxFlowElement | MdxJsxTextElement;
type MdxNode = { type: string; children?: unknown[] };

/**
 * A step as data, and what its words say and link to, for the flow's content rules. The step's
 * title and its variants' labels are as the page shows them (`{label-id}` resolved for the
 * flow's platform and language); `texts` hold them as written, for the rules.
 */
export interface ParsedStep {
  step: Step;
  texts: ContentText[];
  links: ContentLink[];
}

const named = (node: BlockNode, name: string) =>
  node.children.filter((child) => isJsx(child) && child.name === name) as BlockNode[];

/**
 * The n-th <Step> (of a flow for `platform`: its labels read as there): its attributes, then either its one <Screen> and the body around it, or
 * its shared body and two or more <Variant> blocks, each with one <Screen> and its own body.
 */
export function parseStep(
  file: string,
  source: string,
  node: BlockNode,
  n: number,
  platform?: Platform,
  locale = 'en',
): ParsedStep {
  const at = `steps[${n}]`;
  const shown: PlaceholderContext = { platform, locale };
  const screens = named(node, 'Screen');
  const variantNodes = named(node, 'Variant');
  const shared = node.children.filter(
    (child) => !screens.includes(child as BlockNode) && !variantNodes.includes(child as BlockNode),
  );
  assertPlaced(file, shared, 'Step', at);
  const attributes = parseOrThrow(
    contentComponents.Step.attributes,
    attributesOf(node),
    file,
    `${at}.`,
  );
  const texts: ContentText[] = [
    { text: attributes.title, field: `${at}.title`, line: node.position?.start.line },
    ...shared.flatMap((child) => bodyTexts(child, `${at}.body`, platform)),
  ];
  const links = shared.flatMap((child) => bodyLinks(child, `${at}.body`));
  const base = parseOrThrow(
    stepBaseSchema,
    {
      ...attributes,
      title: resolvePlaceholders(attributes.title, shown),
      body: sliceSource(source, shared),
    },
    file,
    `${at}.`,
  );

  if (variantNodes.length === 0) {
    if (screens.length > 1)
      throw new ContentError(file, `${at}.screen`, 'has more than one <Screen>');
    if (!screens[0]) {
      throw new ContentError(
        file,
        `${at}.screen`,
        'is required: every step needs a <Screen view="…" highlight="…" /> (or two or more <Variant>s, each with its own)',
      );
    }
    const screen = parseScreen(file, screens[0], `${at}.screen`, attributes.id);
    return { step: { ...base, screen }, texts, links };
  }

  if (screens.length > 0) {
    throw new ContentError(
      file,
      `${at}.screen`,
      `stands beside <Variant> blocks (line ${screens[0]!.position?.start.line}): with variants, each <Variant> holds its own <Screen>`,
    );
  }
  if (variantNodes.length < 2) {
    throw new ContentError(
      file,
      `${at}.variants`,
      'has only one <Variant>: offer two or more, or drop the <Variant> and keep its <Screen> in the step',
    );
  }
  const variants: Variant[] = [];
  for (const [i, variantNode] of variantNodes.entries()) {
    const vat = `${at}.variants[${i + 1}]`;
    const variant = parseVariant(file, source, variantNode, vat, attributes.id, shown);
    if (variants.some((other) => other.id === variant.id)) {
      throw new ContentError(
        file,
        `${vat}.id`,
        `"${variant.id}" is used by another variant of this step`,
      );
    }
    variants.push(variant);
    const rest = variantNode.children.filter(
      (child) => !named(variantNode, 'Screen').includes(child as BlockNode),
    );
    const line = variantNode.position?.start.line;
    texts.push(
      { text: attributesOf(variantNode).label as string, field: `${vat}.label`, line },
      { text: variant.seen, field: `${vat}.seen`, line },
      ...rest.flatMap((child) => bodyTexts(child, `${vat}.body`, platform)),
    );
    links.push(...rest.flatMap((child) => bodyLinks(child, `${vat}.body`)));
  }
  return { step: { ...base, variants }, texts, links };
}

/** One <Variant>: its attributes, its one <Screen>, and the body around it. */
function parseVariant(
  file: string,
  source: string,
  node: BlockNode,
  at: string,
  stepId: string,
  shown: PlaceholderContext,
): Variant {
  const written = parseOrThrow(
    contentComponents.Variant.attributes,
    attributesOf(node),
    file,
    `${at}.`,
  );
  const attributes = { ...written, label: resolvePlaceholders(written.label, shown) };
  const screens = named(node, 'Screen');
  if (screens.length !== 1) {
    throw new ContentError(
      file,
      `${at}.screen`,
      `${screens.length ? 'has more than one <Screen>' : 'is required'}: every <Variant> holds exactly one <Screen view="…" highlight="…" /> (variant "${attributes.id}")`,
    );
  }
  const rest = node.children.filter((child) => child !== screens[0]);
  assertPlaced(file, rest, 'Variant', at);
  const body = sliceSource(source, rest);
  if (!body)
    throw new ContentError(
      file,
      `${at}.body`,
      `is empty: say what to do when the screen shows ${attributes.label}`,
    );
  return { ...attributes, screen: parseScreen(file, screens[0]!, `${at}.screen`, stepId), body };
}

function parseScreen(file: string, node: BlockNode, at: string, stepId: string): StepScreen {
  const screen = parseOrThrow(
    contentComponents.Screen.attributes,
    attributesOf(node),
    file,
    `${at}.`,
  );
  if (!isHighlightOf(screen.view, screen.highlight)) {
    throw new ContentError(
      file,
      `${at}.highlight`,
      `"${screen.highlight}" is not an element of the "${screen.view}" view (step "${stepId}")`,
    );
  }
  return screen;
}

/** A structure tag (Step, Variant, Screen) anywhere below `parent` but where it belongs. */
function assertPlaced(file: string, nodes: readonly unknown[], parent: string, at: string): void {
  const stray = findMisplaced(nodes as MdxNode[], parent);
  if (!stray) return;
  const place = placeOf(stray.name!)!;
  const line = ` (line ${stray.position?.start.line})`;
  throw new ContentError(
    file,
    `${at}.${place === 'top level' ? 'body' : stray.name!.toLowerCase()}`,
    place === 'top level'
      ? `<${stray.name}> blocks cannot be nested${line}`
      : `<${stray.name}> must stand on its own line directly inside ${place.map((tag) => `<${tag}>`).join(' or ')}, not inside text or another component${line}`,
  );
}

/**
 * A structure tag (the contract's `inside`) standing anywhere but where it belongs, below
 * `parent`: the tag of the nearest component around it, or the Markdown node (a paragraph).
 */
function findMisplaced(nodes: readonly MdxNode[], parent: string): BlockNode | undefined {
  for (const node of nodes) {
    const name = isJsx(node) ? (node.name ?? '') : node.type;
    const place = isJsx(node) ? placeOf(name) : undefined;
    if (isJsx(node) && place && (place === 'top level' || !place.includes(parent))) return node;
    const inner = findMisplaced((node.children ?? []) as MdxNode[], name);
    if (inner) return inner;
  }
  return undefined;
}
