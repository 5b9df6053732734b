import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { loadLearnPages } from '@/lib/learn/load';
import { learnPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

type Params = Promise<{ slug: string }>;

export function generateStaticParams() {
  return loadLearnPages().map((page) => ({ slug: page.id }));
}

function findPage(slug: string) {
  return loadLearnPages().find((page) => page.id === slug);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = findPage((await params).slug);
  if (!page) return {};
  return pageMetadata({
    title: page.data.title,
    description: page.data.description,
    path: learnPath(page.id),
  });
}

export default async function LearnPage({ params }: { params: Params }) {
  const page = findPage((await params).slug);
  if (!page) notFound();
  return (
    <article className="max-w-prose">
      <p className="text-sm">
        <a href="/learn">Learn</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{page.data.title}</h1>
      <p className="mt-3 text-lg text-muted">{page.data.description}</p>
      <div className="mt-6 leading-relaxed">
        <MdxContent source={page.body} />
      </div>
      <SourcesList sources={page.data.sources} />
    </article>
  );
}
