import * as runtime from 'react/jsx-runtime';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { onceByKey } from '@/lib/content/memo';
import { remarkFirstLabels } from '@/lib/labels/first-labels';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { mdxComponents, type ContentComponents } from '@/mdx-components';
import { Callout } from './callout';
import { ContentLink } from './content-link';
import { PlatformOnly } from './platform-only';
import type { ContentComponentProps } from './props';
import { pageUiLabel } from './ui-label';

/** The same body is compiled once per build even though many pages show it. */
const compile = onceByKey((source: string) =>
  evaluate(source, { ...runtime, remarkPlugins: [remarkGfm, remarkFirstLabels] }).then(
    (module) => module.default,
  ),
);

/**
 * The content components for one page: its language (and its platform, on a flow) bound in,
 * since server components have no context. A label keeps a <PlatformOnly> passage's platform
 * when the page has none of its own.
 */
const componentsFor = onceByKey((key: string): ContentComponents => {
  const [locale, platform, named] = key.split(':') as [Locale, Platform | '', string];
  if (locale === defaultLocale && !platform) return mdxComponents;
  const UI = pageUiLabel(platform || undefined, locale, named ? named.split(',') : []);
  return {
    ...mdxComponents,
    Callout: (props: ContentComponentProps<'Callout'>) => <Callout {...props} locale={locale} />,
    PlatformOnly: (props: ContentComponentProps<'PlatformOnly'>) => (
      <PlatformOnly {...props} locale={locale} />
    ),
    UI,
    a: (props: ContentComponentProps<'a'>) => <ContentLink {...props} locale={locale} />,
  };
});

/**
 * Renders checked MDX on the server at build time: the HTML ships, the compiler never does.
 * `platform` is the page's (a flow's): LinkedIn's labels are shown as that platform reads them.

 * `locale` is the page's language: the site's own words around the content (a callout's
 * "Note:", a passage's platform) and its links follow it, and LinkedIn's labels are shown in
 * it where a dated source shows them, LinkedIn's English beside the first of each in a step
 * (components/mdx/ui-label.tsx).
 * `named`: the label ids an earlier part of the same step already named (a step page passes
 * labelIdsIn(step.body) when it renders a variant's body), so they aren't explained twice.
 */
export async function MdxContent({
  source,
  platform,
  locale = defaultLocale,
  named = [],
}: {
  source: string;
  platform?: Platform;
  locale?: Locale;
  named?: readonly string[];
}) {
  const Content = await compile(source);
  return (
    <div className="mdx">
      <Content components={componentsFor(`${locale}:${platform ?? ''}:${named.join(',')}`)} />
    </div>
  );
}
