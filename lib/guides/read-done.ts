import { z } from 'zod';
import { loadCollection, type Entry } from '@/lib/content/collection';
import { requiredText } from '@/lib/content/common-schema';
import { provenanceSchema } from '@/lib/sources/provenance';
import { ContentError } from '@/lib/content/errors';
import { once } from '@/lib/content/memo';
import { doneIds, type DoneId } from '@/lib/routes';
import { nextLinkSchema } from './next-links';

export const doneSchema = provenanceSchema.extend({
  title: requiredText,
  /** The panel's "What next" links, in order. */
  next: z.array(nextLinkSchema, { error: 'is required' }).min(1, 'needs at least one link'),
});

export type Done = Entry<z.infer<typeof doneSchema>>;

const readDonePanels = once(() => {
  const entries = loadCollection('guides/done', doneSchema, 'done panels');
  for (const entry of entries) {
    if (!(doneIds as readonly string[]).includes(entry.id)) {
      throw new ContentError(
        entry.file,
        'file name',
        `is not a done panel any flow kind ends with (${doneIds.join(', ')}: lib/routes.ts flowKindTable)`,
      );
    }
  }
  return new Map(entries.map((entry) => [entry.id, entry]));
});

/**
 * content/guides/done/<id>.mdx: what a finished flow tells the person happens now, without
 * the site-wide link check (lib/guides/done.ts adds it).
 */
export function readDone(id: DoneId): Done {
  const done = readDonePanels().get(id);
  if (!done) throw new ContentError(`content/guides/done/${id}.mdx`, 'file', 'is missing');
  return done;
}
