import { z } from 'zod';
import { loadCollection, type Entry } from '@/lib/content/collection';
import { provenanceSchema } from '@/lib/content/common-schema';
import { contentTags } from '@/mdx-components';
import { ContentError } from '@/lib/content/errors';
import { flowKinds, type FlowKind } from '@/lib/routes';
import { nextLinkSchema } from './next-links';

export const doneSchema = provenanceSchema.extend({
  title: z.string({ error: 'is required' }).min(1, 'is required'),
  /** The panel's "What next" links, in order. */
  next: z.array(nextLinkSchema, { error: 'is required' }).min(1, 'needs at least one link'),
});

export type Done = Entry<z.infer<typeof doneSchema>>;

let cache: Map<string, Done> | undefined;

/** content/guides/done/<kind>.mdx: what a finished flow tells the person happens now. */
export function loadDone(kind: FlowKind): Done {
  cache ??= new Map(
    loadCollection('guides/done', doneSchema, contentTags).map((entry) => [entry.id, entry]),
  );
  const done = cache.get(kind);
  if (!done) throw new ContentError(`content/guides/done/${kind}.mdx`, 'file', 'is missing');
  return done;
}

export function loadAllDone(): Done[] {
  return flowKinds.map(loadDone);
}
