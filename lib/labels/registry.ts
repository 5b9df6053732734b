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

type Lower =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';

/**
 * A language's key in content/labels.ts: its two-letter code, as lib/locales.ts writes the
 * site's languages (`en`, `de`, `fr`; Spanish would be `es`). Any such key compiles, so LinkedIn's
 * labels in a language can be registered before the site has an edition in it; anything else
 * (`ger`, `de-DE`, `german`, a misspelt field) is a compile error below, and checkLabels
 * holds the key to a language Intl knows.
 */
export type LanguageCode = `${Lower}${Lower}`;

type RegistryTexts = readonly {
  text: string;
  sightings: readonly (
    | { source: SourceId; on: Surface; seen?: string }
    | { note: string; kind?: SourceKind; on: Surface; seen?: string }
  )[];
}[];

type RegistryShape = Record<
  string,
  { what: string; alternativeOf?: string; en: RegistryTexts } & {
    [language in LanguageCode]?: RegistryTexts;
  }
>;
// A sighting that names a source not in content/sources.ts fails to compile here.
registry satisfies RegistryShape;
// So does a key that is neither a field nor a language code: `ger: […]`, `de_DE: […]`.
type UnknownKey = {
  [K in LabelId]: Exclude<keyof (typeof registry)[K], 'what' | 'alternativeOf' | LanguageCode>;
}[LabelId];
const onlyLanguageKeys: [UnknownKey] extends [never] ? true : UnknownKey = true;
void onlyLanguageKeys;

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

const textsSchema = z
  .array(
    z.strictObject({
      text: requiredText,
      sightings: z.array(sightingSchema).min(1, 'needs at least one sighting'),
    }),
  )
  .min(1, 'needs at least one text');

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether `key` is a two-letter language code Intl knows (`de`, `fr`, `es`; not `xx`). */
export function isLanguageCode(key: string): key is LanguageCode {
  return /^[a-z]{2}$/.test(key) && languageNames.of(key) !== undefined;
}

const labelSchema = z
  .object({
    what: requiredText,
    /** The label this one is an older or other form of, on the same surface. */
    alternativeOf: z.string().optional(),
    en: textsSchema,
  })
  .catchall(textsSchema);

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
  /** Its texts in each language the registry has (English included), freshest first. */
  languages: ReadonlyMap<string, LabelText[]>;
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
    const { what, alternativeOf, ...byLanguage } = label;
    const languages = new Map<string, LabelText[]>();
    for (const [language, list] of Object.entries(byLanguage)) {
      if (!isLanguageCode(language)) {
        throw new ContentError(
          file,
          `${id}.${language}`,
          'is neither a field (what, alternativeOf) nor a language’s two-letter code (en, de, fr…)',
        );
      }
      languages.set(language, checkTexts(file, id, language, list as Texts, sources));
    }
    if (alternativeOf !== undefined && !(alternativeOf in parsed)) {
      throw new ContentError(
        file,
        `${id}.alternativeOf`,
        `"${alternativeOf}" is not a label in ${file}`,
      );
    }
    checked.set(id, { id, what, alternativeOf, texts: languages.get('en')!, languages });
  }
  return checked;
}

type Texts = z.output<typeof textsSchema>;

/**
 * One language's texts of a label, each sighting's source resolved, freshest first. A text in
 * any language but English needs a sighting with a source or a dated note: a label in another
 * language is shown only where someone saw LinkedIn use it, never translated by us.
 */
function checkTexts(
  file: string,
  id: string,
  language: string,
  list: Texts,
  sources: ReadonlyMap<string, Source>,
): LabelText[] {
  const texts = list.map(({ text, sightings }, t) => {
    const resolved = sightings.map((sighting, s): Sighting => {
      if ('note' in sighting) return { ...sighting, seen: sighting.seen ?? '' };
      const source = sources.get(sighting.source);
      if (!source) {
        throw new ContentError(
          file,
          `${id}.${language}.${t}.sightings.${s}.source`,
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
    if (
      language !== 'en' &&
      !sightings.some((sighting) => 'source' in sighting || sighting.seen !== undefined)
    ) {
      throw new ContentError(
        file,
        `${id}.${language}.${t}.sightings`,
        `"${text}" has no sighting with a source or a dated note: a label in another language is shown only where a dated source shows LinkedIn using it`,
      );
    }
    return { text, sightings: resolved, newest: newestOf(resolved) };
  });
  return texts.sort((a, b) => (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0));
}

/** The site's labels (content/labels.ts), checked once. */
export const siteLabels = once(() => checkLabels(registry));

export function labelOf(id: string, labels = siteLabels()): Label {
  const label = labels.get(id);
  if (!label) throw new Error(`no label "${id}" in ${labelsFile}`);
  return label;
}

/** The English text a page shows for a label on a surface: seen there, else the freshest. */
function englishText(label: Label, surface: Surface): LabelText {
  return (
    label.texts.find((text) => text.sightings.some((s) => s.on === surface)) ?? label.texts[0]!
  );
}

/** A label as one page shows it: the text, the English text, and which language the text is in. */
export interface ShownLabel {
  text: string;
  /** LinkedIn's English text for the same surface (the same as `text` on an English page). */
  english: string;
  /**
   * Whether `text` is in the page's language: false on a German or French page where no dated
   * source shows LinkedIn's label in that language on that surface (the page says so beside it).
   */
  inLocale: boolean;
  /** The sightings of the text shown. */
  sightings: Sighting[];
}

/**
 * A label as a page in `locale` for `platform` shows it: the language's freshest text seen on
 * the platform's surface where there is one, else LinkedIn's English text (the freshest seen on
 * that surface, else anywhere: the apps' labels are mostly unconfirmed), and which it is.
 */
export function shownLabel(
  id: string,
  platform?: Platform,
  locale: string = 'en',
  labels = siteLabels(),
): ShownLabel {
  const label = labelOf(id, labels);
  const surface = platform ? surfaceOf(platform) : 'web';
  const english = englishText(label, surface);
  const local =
    locale === 'en'
      ? english
      : label.languages.get(locale)?.find((text) => text.sightings.some((s) => s.on === surface));
  const shown = local ?? english;
  return {
    text: shown.text,
    english: english.text,
    inLocale: local !== undefined,
    sightings: shown.sightings,
  };
}

/**
 * The text a page in `locale` shows for a label on `platform` (English where no dated source
 * shows that language's on that surface: shownLabel says which).
 */
export function labelText(
  id: string,
  platform?: Platform,
  locale: string = 'en',
  labels = siteLabels(),
): string {
  return shownLabel(id, platform, locale, labels).text;
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

/**
 * Every registered text in every language, with the label it belongs to (the first, where two
 * share a text): the words content must not type by hand.
 */
export function registeredTexts(labels = siteLabels()): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  for (const label of labels.values())
    for (const list of label.languages.values())
      for (const { text } of list) if (!texts.has(text)) texts.set(text, label.id);
  return texts;
}
