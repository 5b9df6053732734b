import * as runtime from 'react/jsx-runtime';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { onceByKey } from '@/lib/content/memo';
import { mdxComponents } from '@/mdx-components';

/** The same body is compiled once per build even though many pages show it. */
const compile = onceByKey((source: string) =>
  evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] }).then((module) => module.default),
);

/** Renders checked MDX on the server at build time: the HTML ships, the compiler never does. */
export async function MdxContent({ source }: { source: string }) {
  const Content = await compile(source);
  return (
    <div className="mdx">
      <Content components={mdxComponents} />
    </div>
  );
}
