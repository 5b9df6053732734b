import { z } from 'zod';
import { kebabId, provenanceSchema, requiredText } from '@/lib/content/common-schema';
import { contentComponents } from '@/lib/content/contract';
import type { ContentLink } from '@/lib/content/links';
import { platforms } from '@/lib/platform/platforms';
import { flowKinds } from '@/lib/routes';

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

/** A step as data: its <Step> and <Screen> attributes (from the contract) and its MDX body. */
export const stepSchema = contentComponents.Step.attributes.extend({
  screen: contentComponents.Screen.attributes,
  body: z.string().min(1, 'is empty: say what to do'),
});

export type FlowFrontmatter = z.infer<typeof flowFrontmatterSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Flow = FlowFrontmatter & {
  file: string;
  steps: Step[];
  /** What the flow's steps link to; the loader checks these against the site's pages. */
  links: ContentLink[];
};
