import * as runtime from 'react/jsx-runtime';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { mdxComponents } from '@/mdx-components';

type Rendered = Awaited<ReturnType<typeof evaluate>>['default'];
const compiled = new Map<string, Promise<Rendered>>();

/**
 * Renders checked MDX on the server at build time: the HTML ships, the compiler never does.
 * The same body is compiled once per build even though many pages show it.
 */
export async function MdxContent({ source }: { source: string }) {
  let content = compiled.get(source);
  if (!content) {
    content = evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] }).then((m) => m.default);
    compiled.set(source, content);
  }
  const Content = await content;
  return (
    <div className="mdx">
      <Content components={mdxComponents} />
    </div>
  );
}
