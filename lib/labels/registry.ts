import { z } from 'zod';
import { labels as registry } from '@/content/labels';
import { requiredText } from '@/lib/content/common-schema';
import { ContentError, parseOrThrow } from '@/lib/content/errors';
import { once } from '@/lib/content/memo';
import type { Platform } from '@/lib/platform/platforms';
import {
  siteSources,
  sourceKinds,
  type Source,
  type SourceId,
  type SourceKind,
} from '@/lib/sources/registry';

export const labelsFile = 'content/labels.ts';

export const surfaces = ['web', 'ios', 'android'] as const;
export type Surface = (typeof surfaces)[number];

/** The surface a platform's guide is about: the desktop guide is about LinkedIn's website. */
export const surfaceOf = (platform: Platform): Surface =>
  platform === 'desktop' ? 'web' : platform;

/** A label's id as code and content write it: a wrong one is a compile error in code. */
export type LabelId = keyof typeof registry;
export const labelIds = Object.keys(registry) as [LabelId, ...LabelId[]];

type RegistryShape = Record<
  string,
  {
    what: string;
    alternativeOf?: string;
    en: readonly {
      text: string;
      sightings: readonly (
        | { source: SourceId; on: Surface; seen?: string }
        | { note: string; kind?: SourceKind; on: Surface; seen?: string }
      )[];
    }[];
  }
>;
// A sighting that names a source not in content/sources.ts fails to compile here.
registry satisfies RegistryShape;

const seenDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}){0,2}$/, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY');

const sightingSchema = z.union([
  z.strictObject({ source: z.string(), on: z.enum(surfaces), seen: seenDate.optional() }),
  z.strictObject({
    note: requiredText,
    kind: z.enum(sourceKinds).optional(),
    on: z.enum(surfaces),
    seen: seenDate.optional(),
  }),
]);

const labelSchema = z.strictObject({
  what: requiredText,
  /** The label this one is an older or other form of, on the same surface. */
  alternativeOf: z.string().optional(),
  en: z
    .array(
      z.strictObject({
        text: requiredText,
        sightings: z.array(sightingSchema).min(1, 'needs at least one sighting'),
      }),
    )
    .min(1, 'needs at least one text'),
});

/** One sighting of a label's text: who saw it, where, and when ('' when nobody dated it). */
export interface Sighting {
  source?: Source;
  note?: string;
  /** What kind of evidence it is: its source's kind, or the note's. */
  kind?: SourceKind;
  on: Surface;
  seen: string;
}

export interface LabelText {
  text: string;
  sightings: Sighting[];
  /** The newest dated sighting ('' when none is dated). */
  newest: string;
}

export interface Label {
  id: string;
  what: string;
  alternativeOf?: string;
  /** The label's English texts, freshest evidence first. */
  texts: LabelText[];
}

const newestOf = (sightings: readonly Sighting[]) =>
  sightings
    .map((sighting) => sighting.seen)
    .sort()
    .at(-1) ?? '';

/**
 * Checks a labels registry against the sources: each sighting's source exists, each date is
 * one. Orders every label's texts freshest evidence first. Throws a ContentError naming the
 * file and `<id>.<field>`.
 */
export function checkLabels(
  data: unknown,
  sources: ReadonlyMap<string, Source> = siteSources(),
  file = labelsFile,
): ReadonlyMap<string, Label> {
  const parsed = parseOrThrow(z.record(z.string(), labelSchema), data, file);
  const checked = new Map<string, Label>();
  for (const [id, label] of Object.entries(parsed)) {
    const texts = label.en.map(({ text, sightings }, t) => {
      const resolved = sightings.map((sighting, s): Sighting => {
        if ('note' in sighting) return { ...sighting, seen: sighting.seen ?? '' };
        const source = sources.get(sighting.source);
        if (!source) {
          throw new ContentError(
            file,
            `${id}.en.${t}.sightings.${s}.source`,
            `"${sighting.source}" is not a source in content/sources.ts`,
          );
        }
        return {
          source,
          kind: source.kind,
          on: sighting.on,
          seen: sighting.seen ?? source.seen ?? '',
        };
      });
      return { text, sightings: resolved, newest: newestOf(resolved) };
    });
    texts.sort((a, b) => (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0));
    if (label.alternativeOf !== undefined && !(label.alternativeOf in parsed)) {
      throw new ContentError(
        file,
        `${id}.alternativeOf`,
        `"${label.alternativeOf}" is not a label in ${file}`,
      );
    }
    checked.set(id, { id, what: label.what, alternativeOf: label.alternativeOf, texts });
  }
  return checked;
}

/** The site's labels (content/labels.ts), checked once. */
export const siteLabels = once(() => checkLabels(registry));

export function labelOf(id: string, labels = siteLabels()): Label {
  const label = labels.get(id);
  if (!label) throw new Error(`no label "${id}" in ${labelsFile}`);
  return label;
}

/**
 * The text a page shows for a label: the freshest text seen on the platform's surface, else
 * the freshest seen anywhere (the apps' labels are mostly unconfirmed: the guide names the
 * website's and says so).
 */
export function labelText(id: string, platform?: Platform, labels = siteLabels()): string {
  const { texts } = labelOf(id, labels);
  const surface = platform ? surfaceOf(platform) : 'web';
  const onSurface = texts.find((text) => text.sightings.some((s) => s.on === surface));
  return (onSurface ?? texts[0]!).text;
}

/**
 * A label and the labels that are other forms of it, freshest evidence first: the order a
 * step offers them in, computed from the sightings.
 */
export function alternativesOf(id: string, labels = siteLabels()): Label[] {
  const root = labelOf(id, labels).alternativeOf ?? id;
  return [...labels.values()]
    .filter((label) => label.id === root || label.alternativeOf === root)
    .sort((a, b) => (b.texts[0]!.newest > a.texts[0]!.newest ? 1 : -1));
}

/** Every registered text, with the label it belongs to (the first, where two share a text). */
export function registeredTexts(labels = siteLabels()): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  for (const label of labels.values())
    for (const { text } of label.texts) if (!texts.has(text)) texts.set(text, label.id);
  return texts;
}
