import * as runtime from 'react/jsx-runtime';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { onceByKey } from '@/lib/content/memo';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { mdxComponents } from '@/mdx-components';
import { ContentLink } from './content-link';
import type { ContentComponentProps } from './props';
import { UiLabel } from './ui-label';

/** The same body is compiled once per build even though many pages show it. */
const compile = onceByKey((source: string) =>
  evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] }).then((module) => module.default),
);

/**
 * Renders checked MDX on the server at build time: the HTML ships, the compiler never does.
 * `platform` is the page's (a flow's): LinkedIn's labels are shown as that platform reads them.
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
  const localized =
    locale === defaultLocale
      ? mdxComponents
      : {
          ...mdxComponents,
          a: (props: ContentComponentProps<'a'>) => <ContentLink {...props} locale={locale} />,
        };
  const components = platform
    ? {
        ...localized,
        UI: (props: ContentComponentProps<'UI'>) => <UiLabel {...props} platform={platform} />,
      }
    : localized;
  return (
    <div className="mdx">
      <Content components={components} />
    </div>
  );
}
