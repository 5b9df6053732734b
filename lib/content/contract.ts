/**
 * The one contract for what content may write: every tag, the attributes each takes (a zod
 * schema), and what each one is for. Server-safe on purpose (zod, no React): the loaders
 * validate against it without loading a component, and mdx-components.tsx is typed against it.
 *
 * Which tags each kind of content may use is its collection's `tags` (lib/content/collections.ts).
 * Adding a component is one entry in `contentComponents`, its name in the `tags` of the
 * collections that may use it, and (if it is `rendered`) the component in mdx-components.tsx,
 * which fails to compile until its props match the schema here.
 */
import { z } from 'zod';
import { labelIds } from '@/lib/labels/registry';
import { platforms } from '@/lib/platform/platforms';
import { screenViews, type ScreenView } from '@/lib/screens/catalog';
import { kebabId, requiredText as required } from './common-schema';
import { contentHref } from './href';
import { pageOwnedIdProblem } from './rules/page-ids';

const oneOf = <const T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

interface ContentComponent {
  /** What content writes: `<Tag a="…">`; MDX passes these to the component unparsed. */
  attributes: z.ZodObject;
  /**
   * Rendered by a component in mdx-components.tsx. The others are structure: their kind's
   * parser lifts them out of the body as data, so no component ever sees them.
   */
  rendered: boolean;
  /** What it is for, as CONTRIBUTING says. */
  purpose: string;
  /** Structure tags only: where the tag may stand (its kind's parser holds it there). */
  inside?: 'top level' | readonly string[];
}

export const contentComponents = {
  Step: {
    rendered: false,
    inside: 'top level',
    purpose: 'one step of a flow: its URL id, its title, a <Screen> and what to do',
    attributes: z.strictObject({
      id: kebabId
        .refine((id) => id !== 'done', '"done" is reserved for the finish panel')
        .superRefine((id, ctx) => {
          const problem = pageOwnedIdProblem(id, 'wizard');
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      title: required,
    }),
  },
  Variant: {
    rendered: false,
    inside: ['Step'],
    purpose:
      'one form a step’s screen takes (a label that varies between accounts): its own <Screen> and words; variants stand freshest evidence first, and `seen` says how fresh',
    attributes: z.strictObject({
      id: kebabId,
      /** What the person sees on their screen, e.g. "Show all" (the choice reads it). */
      label: required,
      /**
       * What the evidence says of this form, in words (an older label, not confirmed in the
       * app), shown with it. No dates: the page derives those from the labels the variant names.
       */
      seen: required.refine((text) => !/\b(?:19|20)\d{2}\b/.test(text), {
        error: 'types a date: the page shows when the screen was last seen, from content/labels.ts',
      }),
    }),
  },
  Screen: {
    rendered: false,
    inside: ['Step', 'Variant'],
    purpose: 'the picture of a step, drawn from lib/screens/catalog.ts',
    attributes: z.strictObject({
      view: oneOf(screenViews as [ScreenView, ...ScreenView[]]),
      highlight: required,
    }),
  },
  Callout: {
    rendered: true,
    purpose: 'a short aside; kind="warning" for a caution',
    attributes: z.strictObject({ kind: oneOf(['note', 'warning']).optional() }),
  },
  PlatformOnly: {
    rendered: true,
    purpose: 'a passage for one platform, shown under its label',
    attributes: z.strictObject({ platform: oneOf(platforms) }),
  },
  UI: {
    rendered: true,
    purpose:
      'a LinkedIn label, by its id in content/labels.ts: the page shows its text for the page’s platform, in bold',
    attributes: z.strictObject({ id: oneOf(labelIds) }),
  },
  /** Markdown links, `[text](href "title")`: content never writes the tag itself. */
  a: {
    rendered: true,
    purpose: 'a Markdown link: to a page of this site, or to an https:// address',
    attributes: z.strictObject({ href: contentHref, title: z.string().optional() }),
  },
} as const satisfies Record<string, ContentComponent>;

export type ContentComponentName = keyof typeof contentComponents;

/** The tags content writes as `<Tag>`: capitalised, unlike the elements Markdown makes. */
export type ContentTag = Extract<ContentComponentName, `${Uppercase<string>}${string}`>;

export type RenderedComponentName = {
  [K in ContentComponentName]: (typeof contentComponents)[K]['rendered'] extends true ? K : never;
}[ContentComponentName];

/** The attributes a component receives, as content wrote them (MDX does not parse them). */
export type ContentAttributes<K extends ContentComponentName> = z.input<
  (typeof contentComponents)[K]['attributes']
>;

/** Where a structure tag may stand; undefined for a tag that may stand anywhere in a body. */
export function placeOf(tag: string): ContentComponent['inside'] {
  return (contentComponents as Record<string, ContentComponent>)[tag]?.inside;
}
