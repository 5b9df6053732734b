import { z } from 'zod';
import { siteSources, sourcesFile, type Source } from './registry';

/** A source id in frontmatter, resolved to its record in content/sources.ts. */
const citedSource = z
  .string({ error: `must be a source id from ${sourcesFile}` })
  .transform((id, ctx) => {
    const source = siteSources().get(id);
    if (source) return source;
    ctx.addIssue({ code: 'custom', message: `"${id}" is not a source in ${sourcesFile}` });
    return z.NEVER;
  });

/**
 * Every page of content says where its facts come from, by the ids of content/sources.ts.
 * When it was last checked is derived from those sources (lastCheckedOf), never typed.
 */
export const provenanceSchema = z.strictObject({
  sources: z
    .array(citedSource, { error: `is required: a list of source ids from ${sourcesFile}` })
    .min(1, 'needs at least one source')
    .superRefine((cited, ctx) => {
      const ids = cited.map((source) => source.id);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i)
          ctx.addIssue({ code: 'custom', path: [i], message: `cites "${id}" twice` });
      });
    }),
  lastChecked: z
    .never({
      error: `is derived from the read dates of the sources in ${sourcesFile}: remove it, and update "read" there`,
    })
    .optional(),
});

export interface Provenance {
  sources: readonly Source[];
}

/**
 * When the page's facts were last checked: the oldest `read` among its sources. A page is
 * only as checked as its least recently read source, so a source nobody has re-read in a
 * while shows on every page that leans on it.
 */
export function lastCheckedOf(sources: readonly Source[]): string {
  return sources.map((source) => source.read).sort()[0]!;
}

/** Whether every source is an archived LinkedIn page: the page says so beside the date. */
export function archivedOnly(sources: readonly Source[]): boolean {
  return sources.every((source) => source.kind === 'linkedin-help-archived');
}

/** The sources of a page built from several pieces of content: each once, in order. */
export function mergeProvenance(parts: readonly Provenance[]): Provenance {
  const sources: Source[] = [];
  for (const source of parts.flatMap((part) => part.sources)) {
    if (!sources.some((seen) => seen.id === source.id)) sources.push(source);
  }
  return { sources };
}
