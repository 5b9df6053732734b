import { z } from 'zod';
import { provenanceSchema } from '@/lib/content/common-schema';

/**
 * Frontmatter of content/troubleshooter/nodes/<node-id>.mdx: a question's title (its body is
 * the help text) or an outcome's title (its body is the advice, ending in "## What next").
 */
export const nodeTextSchema = provenanceSchema.extend({
  // With " · Unsend" the page title stays within 70 characters.
  title: z.string({ error: 'is required' }).min(1, 'is required').max(60, 'is over 60 characters'),
  description: z.string().min(1, 'is empty').optional(),
});

export type NodeText = z.infer<typeof nodeTextSchema>;

/** Frontmatter of the pages around the tree (content/troubleshooter/pages/*.mdx). */
export const pageTextSchema = provenanceSchema.extend({
  title: z.string({ error: 'is required' }).min(1, 'is required'),
  description: z.string({ error: 'is required' }).min(1, 'is required'),
});

export type PageText = z.infer<typeof pageTextSchema>;
