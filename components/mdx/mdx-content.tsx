import * as runtime from 'react/jsx-runtime';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { onceByKey } from '@/lib/content/memo';
import { remarkFirstLabels } from '@/lib/labels/first-labels';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { mdxComponents } from '@/mdx-components';
import { pageUiLabel } from './ui-label';

/** The same body is compiled once per build even though many pages show it. */
const compile = onceByKey((source: string) =>
  evaluate(source, { ...runtime, remarkPlugins: [remarkGfm, remarkFirstLabels] }).then(
    (module) => module.default,
  ),
);

/**
 * Renders checked MDX on the server at build time: the HTML ships, the compiler never does.
 * `platform` is the page's (a flow's): LinkedIn's labels are shown as that platform reads them.
 * `locale` is the page's language: LinkedIn's labels in it where a dated source shows them,
 * LinkedIn's English beside the first of each in a step (components/mdx/ui-label.tsx).
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
  const components =
    platform || locale !== defaultLocale
      ? { ...mdxComponents, UI: pageUiLabel(platform, locale, named) }
      : mdxComponents;
  return (
    <div className="mdx">
      <Content components={components} />
    </div>
  );
}
