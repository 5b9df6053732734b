import { z } from 'zod';
import { kebabId, requiredText } from '@/lib/content/common-schema';
import { provenanceSchema } from '@/lib/sources/provenance';
import { contentComponents } from '@/lib/content/contract';
import type { ContentLink } from '@/lib/content/links';
import type { Translation } from '@/lib/content/translation';
import { platforms } from '@/lib/platform/platforms';
import { flowKinds } from '@/lib/routes';
import { nextLinkSchema } from './next-links';

export const flowFrontmatterSchema = provenanceSchema.extend({
  flow: z.enum(flowKinds),
  platform: z.enum(platforms),
  title: requiredText,
  description: requiredText,
  /**
   * The step the "Open my Sent invitations" shortcut leads on to (LinkedIn's Sent list opens
   * there): flows that reach the Sent list name it, and the shortcut shows on them only.
   */
  sentListStep: kebabId.optional(),
});

const body = (missing: string) => z.string().min(1, `is empty: ${missing}`);

/** One form a step's screen takes: its <Variant> attributes, its one <Screen> and its words. */
export const variantSchema = contentComponents.Variant.attributes.extend({
  screen: contentComponents.Screen.attributes,
  body: body('say what to do when the screen shows this'),
});

export const stepBaseSchema = contentComponents.Step.attributes.extend({
  /** The step's own words; with variants, what every variant shares (it comes before them). */
  body: body('say what to do'),
});

/**
 * A step as data: its <Step> attributes and MDX body, and either its one picture (`screen`)
 * or two or more variants, each with its own picture and words, freshest evidence first.
 */
export const stepSchema = z.union([
  stepBaseSchema.extend({ screen: contentComponents.Screen.attributes }),
  stepBaseSchema.extend({
    variants: z.array(variantSchema).min(2, 'needs at least two <Variant>s'),
  }),
]);

/** Frontmatter of content/guides/done/<id>.mdx: what a finished flow tells the person happens now. */
export const doneSchema = provenanceSchema.extend({
  title: requiredText,
  /** The panel's "What next" links, in order. */
  next: z.array(nextLinkSchema, { error: 'is required' }).min(1, 'needs at least one link'),
});

export type FlowFrontmatter = z.infer<typeof flowFrontmatterSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Step = z.infer<typeof stepSchema>;
export type StepScreen = z.infer<typeof contentComponents.Screen.attributes>;
export type Flow = FlowFrontmatter & {
  file: string;
  steps: Step[];
  /** What the flow's steps link to; the site check holds these to the site's pages. */
  links: ContentLink[];
  /** Set on a translation: what it translates, and whether it is behind. */
  translation?: Translation;
};

/** Every picture a step can show: its one screen, or each variant's, in order. */
export function stepScreens(step: Step): StepScreen[] {
  return 'variants' in step ? step.variants.map((variant) => variant.screen) : [step.screen];
}
