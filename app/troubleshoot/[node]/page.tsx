import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { NodeView } from '@/components/troubleshooter/node-view';
import { pageMetadata } from '@/lib/metadata';
import { nodeHref } from '@/lib/troubleshooter/load';
import { loadTroubleshooter } from '@/lib/troubleshooter/load';

type Params = Promise<{ node: string }>;

export const dynamicParams = false;

/** Every node but the start, which is asked on the entry page (/troubleshoot) and only there. */
export function generateStaticParams() {
  const { start, nodes } = loadTroubleshooter();
  return [...nodes.keys()].filter((node) => node !== start).map((node) => ({ node }));
}

export async function generateMetadata({ params }: { params: Params }) {
  const node = loadTroubleshooter().nodes.get((await params).node);
  if (!node) return {};
  const { title, description } = node.text.data;
  return pageMetadata({
    title,
    description: description ?? 'Can’t find Withdraw? Answer a few questions and get what to do.',
    path: nodeHref(node.id),
  });
}

export default async function TroubleshootNodePage({ params }: { params: Params }) {
  const node = loadTroubleshooter().nodes.get((await params).node);
  if (!node) notFound();
  return <NodeView node={node} body={<MdxContent source={node.body} />} />;
}
