import { z } from 'zod';
import { provenanceSchema } from '@/lib/content/common-schema';

export const learnPageSchema = provenanceSchema.extend({
  title: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  description: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  order: z.number({ error: 'is required: a number that places the page in the /learn list' }),
});

export type LearnPageData = z.infer<typeof learnPageSchema>;
