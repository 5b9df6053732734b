import { z } from 'zod';
import { provenanceSchema } from '@/lib/sources/provenance';

/**
 * Frontmatter of content/pages/<id>.mdx: the words of pages and panels that are not a content
 * type of their own (the home page, the Sent-list shortcut), so the content rules cover them.
 * `title` is what the page or panel heads with; `lead` an optional first paragraph.
 */
export const pageCopySchema = provenanceSchema.extend({
  title: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  description: z.string().trim().min(1, 'is empty').optional(),
  lead: z.string().trim().min(1, 'is empty').optional(),
});

export type PageCopyData = z.infer<typeof pageCopySchema>;

/** The pages whose words live in content/pages/, by file name. */
export const pageCopyIds = [
  'home',
  'home-profile',
  'home-sent-list',
  'home-stuck',
  'home-many',
  'sent-list-shortcut',
] as const;

export type PageCopyId = (typeof pageCopyIds)[number];
