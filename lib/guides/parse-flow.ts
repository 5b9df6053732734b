import { collections } from '@/lib/content/collections';
import { ContentError, parseOrThrow } from '@/lib/content/errors';
import type { ContentLink } from '@/lib/content/links';
import { isJsx, parseMdx } from '@/lib/content/mdx';
import {
  alternativeOrderProblems,
  typedFieldLabelProblems,
  typedLabelProblems,
} from '@/lib/content/rules/labels';
import { resolvePlaceholders, unknownPlaceholderProblems } from '@/lib/labels/placeholders';
import { assertFacts, assertNoProblems } from '@/lib/content/rules/pass';
import type { ContentText } from '@/lib/content/rules/texts';
import { pageTitleProblem, siteTitle, stepPageTitle } from '@/lib/content/rules/titles';
import { assertAllowedSyntax } from '@/lib/content/syntax';
import { readTranslation } from '@/lib/content/translation';
import { parseStep } from './parse-step';
import { flowFrontmatterSchema, type Flow, type Step } from './schema';

/**
 * A flow file is frontmatter plus <Step> blocks and nothing else. Each step's id, title and
 * picture (or its variants, each with its picture) are lifted out as data, their attributes
 * checked by the contract's schemas (lib/guides/parse-step.ts); the rest is MDX body.
 */
export function parseFlow(file: string, source: string, locale = 'en'): Flow {
  const mdx = parseMdx(file, source);
  const { name, tags } = collections['flow steps'];
  assertAllowedSyntax(mdx, name, tags);
  const translation = readTranslation(mdx);
  const written = parseOrThrow(flowFrontmatterSchema, mdx.frontmatter, file);
  // `{label-id}` in title and description: shown for the flow's platform, in its language.
  const shown = { platform: written.platform, locale };
  const frontmatter = {
    ...written,
    title: resolvePlaceholders(written.title, shown),
    description: resolvePlaceholders(written.description, shown),
  };

  const steps: Step[] = [];
  const texts: ContentText[] = [
    { text: written.title, field: 'title' },
    { text: written.description, field: 'description' },
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
    const parsed = parseStep(file, mdx.body, node, n, frontmatter.platform, locale);
    const step = parsed.step;
    if (steps.some((other) => other.id === step.id)) {
      throw new ContentError(file, `steps[${n}].id`, `"${step.id}" is used by another step`);
    }
    steps.push(step);
    texts.push(...parsed.texts);
    links.push(...parsed.links);
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
  // Written texts first: a placeholder must name a label, and no label may be typed as words.
  const fields = texts.filter(({ field }) => /(?:^|\.)(?:title|description|label)$/.test(field));
  assertNoProblems(file, [
    ...fields.flatMap(({ text, field }) => unknownPlaceholderProblems(text, field)),
    ...typedFieldLabelProblems(fields),
  ]);
  // The facts rules read labels in English, whatever the page's language (their words are English).
  assertFacts(
    file,
    texts.map((text) => ({
      ...text,
      text: resolvePlaceholders(text.text, { platform: frontmatter.platform }),
      platform: frontmatter.platform,
    })),
  );
  assertNoProblems(file, [
    ...typedLabelProblems(mdx.ast, 'body'),
    ...alternativeOrderProblems(mdx.ast, 'body'),
  ]);
  if (frontmatter.sentListStep && !steps.some((step) => step.id === frontmatter.sentListStep)) {
    throw new ContentError(
      file,
      'sentListStep',
      `"${frontmatter.sentListStep}" is not a step of this flow (${steps.map((step) => step.id).join(', ')})`,
    );
  }
  return { ...frontmatter, file, steps, links, translation };
}
