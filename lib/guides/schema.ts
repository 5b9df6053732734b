import { z } from 'zod';
import { kebabId, provenanceSchema } from '@/lib/content/common-schema';
import { platforms } from '@/lib/platform/platforms';
import { flowKinds } from '@/lib/routes';
import { screenViews, type ScreenView } from '@/lib/screens/catalog';

export const flowFrontmatterSchema = provenanceSchema.extend({
  flow: z.enum(flowKinds),
  platform: z.enum(platforms),
  title: z.string({ error: 'is required' }).min(1, 'is required'),
  description: z.string({ error: 'is required' }).min(1, 'is required'),
  /**
   * The step the "Open my Sent invitations" shortcut leads on to (LinkedIn's Sent list opens
   * there): flows that reach the Sent list name it, and the shortcut shows on them only.
   */
  sentListStep: kebabId.optional(),
});

export const stepSchema = z.object({
  id: kebabId.refine((id) => id !== 'done', '"done" is reserved for the finish panel'),
  title: z.string({ error: 'is required' }).min(1, 'is required'),
  screen: z.object(
    {
      view: z.enum(screenViews as [ScreenView, ...ScreenView[]], {
        error: `must be one of ${screenViews.join(', ')}`,
      }),
      highlight: z.string({ error: 'is required' }).min(1, 'is required'),
    },
    { error: 'is required: every step needs a <Screen view="…" highlight="…" />' },
  ),
  body: z.string().min(1, 'is empty: say what to do'),
});

export type FlowFrontmatter = z.infer<typeof flowFrontmatterSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Flow = FlowFrontmatter & { file: string; steps: Step[] };
