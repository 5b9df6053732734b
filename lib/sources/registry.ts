import { z } from 'zod';
import { sources as registry } from '@/content/sources';
import { kebabId, pastDay, requiredText } from '@/lib/content/common-schema';
import { ContentError, parseOrThrow } from '@/lib/content/errors';
import { once } from '@/lib/content/memo';
import { sourceProblems } from '@/lib/content/rules/sources';

export const sourcesFile = 'content/sources.ts';

export const sourceKinds = [
  'linkedin-help',
  'linkedin-help-archived',
  'field-notes',
  'page-code',
  'third-party-how-to',
  'platform-help',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

/** A source's id as code writes it: a wrong one is a compile error. */
export type SourceId = keyof typeof registry;

/** When a source saw LinkedIn: a day, or a month where the source gives no day. */
const seenDate = z
  .string({ error: 'must be a date written YYYY-MM-DD or YYYY-MM' })
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be a date written YYYY-MM-DD or YYYY-MM');

const common = {
  title: requiredText,
  url: z.url({ protocol: /^https$/, error: 'must be an absolute URL starting https://' }),
  seen: seenDate.optional(),
  read: pastDay,
};

const sourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('linkedin-help-archived'),
      /** The date of the archived version cited: the one that says the thing. */
      version: pastDay,
      ...common,
    }),
    z.strictObject({
      kind: z.enum(sourceKinds.filter((kind) => kind !== 'linkedin-help-archived')),
      ...common,
    }),
  ],
  { error: `kind must be one of ${sourceKinds.join(', ')}` },
);

export type Source = z.output<typeof sourceSchema> & { id: string };

const registrySchema = z.record(z.string(), sourceSchema);

/**
 * Checks a registry of sources: every record's fields (an https address, a known kind, real
 * dates), and the source rules (lib/content/rules/sources.ts). Throws a ContentError naming
 * the file and `<id>.<field>`.
 */
export function checkSources(data: unknown, file = sourcesFile): ReadonlyMap<string, Source> {
  for (const id of Object.keys(data as object)) {
    const idCheck = kebabId.safeParse(id);
    if (!idCheck.success) throw new ContentError(file, id, idCheck.error.issues[0]!.message);
  }
  const parsed = parseOrThrow(registrySchema, data, file);
  const checked = new Map<string, Source>();
  for (const [id, source] of Object.entries(parsed)) {
    const [problem] = sourceProblems([source]);
    if (problem) throw new ContentError(file, `${id}.url`, problem.problem);
    checked.set(id, { id, ...source });
  }
  return checked;
}

/** The site's sources (content/sources.ts), checked once. */
export const siteSources = once(() => checkSources(registry));

/**
 * Every source nothing cites is an error naming it: a record left behind when the last page
 * citing it changed would otherwise look like evidence for something.
 */
export function assertEverySourceCited(
  registered: ReadonlyMap<string, Source>,
  cited: ReadonlySet<string>,
  file = sourcesFile,
): void {
  for (const id of registered.keys()) {
    if (!cited.has(id)) {
      throw new ContentError(
        file,
        id,
        'is cited by no content and no label: cite it where it says the thing, or remove it',
      );
    }
  }
}
