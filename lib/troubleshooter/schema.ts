import { z } from 'zod';
import { kebabId, requiredText } from '@/lib/content/common-schema';
import { provenanceSchema } from '@/lib/sources/provenance';

/**
 * Frontmatter of content/troubleshooter/nodes/<node-id>.mdx: a question's title and the words
 * of its answers (its body is the help text) or an outcome's title (its body is the advice, ending in "## What next").
 * The title is the page's title too: the content rules hold it to the page-title limit.
 */
export const nodeTextSchema = provenanceSchema.extend({
  title: requiredText,
  description: requiredText.optional(),
  /** A question's answers, as the person reads them, by the answer ids of tree.ts. */
  answers: z.record(kebabId, requiredText).optional(),
});

export type NodeText = z.infer<typeof nodeTextSchema>;

/** Frontmatter of the pages around the tree (content/troubleshooter/pages/*.mdx). */
export const pageTextSchema = provenanceSchema.extend({
  title: requiredText,
  description: requiredText,
});

export type PageText = z.infer<typeof pageTextSchema>;

/** The pages around the tree whose words live in content/troubleshooter/pages/. */
export const troubleshooterPageIds = ['checklist'] as const;

export type TroubleshooterPageId = (typeof troubleshooterPageIds)[number];
