import * as runtime from 'react/jsx-runtime';
import type { ComponentType } from 'react';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { onceByKey } from '@/lib/content/memo';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { mdxComponents, type ContentComponents } from '@/mdx-components';
import { Callout } from './callout';
import { ContentLink } from './content-link';
import { labelComponent, PlatformOnly } from './platform-only';
import type { ContentComponentProps } from './props';
import { UiLabel } from './ui-label';

/** The same body is compiled once per build even though many pages show it. */
const compile = onceByKey((source: string) =>
  evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] }).then((module) => module.default),
);

type LabelProps = ContentComponentProps<'UI'> & { platform?: Platform; locale?: Locale };
// The label's own component reads the page's language once it takes one (lib/labels' work);
// until then the extra prop is simply not read.
const Label = UiLabel as ComponentType<LabelProps>;

/**
 * The content components for one page: its language (and its platform, on a flow) bound in,
 * since server components have no context. A label keeps a <PlatformOnly> passage's platform
 * when the page has none of its own.
 */
const componentsFor = onceByKey((key: string): ContentComponents => {
  const [locale, platform] = key.split(':') as [Locale, Platform | ''];
  if (locale === defaultLocale && !platform) return mdxComponents;
  const UI = labelComponent(({ platform: passage, ...props }: LabelProps) => (
    <Label {...props} platform={platform || passage} locale={locale} />
  ));
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
 * "Note:", a passage's platform) and its links follow it.
 */
export async function MdxContent({
  source,
  platform,
  locale = defaultLocale,
}: {
  source: string;
  platform?: Platform;
  locale?: Locale;
}) {
  const Content = await compile(source);
  return (
    <div className="mdx">
      <Content components={componentsFor(`${locale}:${platform ?? ''}`)} />
    </div>
  );
}
