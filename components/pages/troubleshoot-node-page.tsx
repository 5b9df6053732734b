import type { Metadata } from 'next';
import { StaleNotice } from '@/components/translation/stale-notice';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { NodeView } from '@/components/troubleshooter/node-view';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/metadata';
import { nodePath } from '@/lib/routes';
import { loadTroubleshooter, nodeHref } from '@/lib/troubleshooter/load';
import { labelText } from '@/lib/labels/registry';

/** Every node but the start, which is asked on the entry page (/troubleshoot) and only there. */
export function nodeParams() {
  const { start, nodes } = loadTroubleshooter();
  return [...nodes.keys()].filter((node) => node !== start).map((node) => ({ node }));
}

export function nodeMetadata(id: string, locale: Locale): Metadata {
  const node = loadTroubleshooter(locale).nodes.get(id);
  if (!node) return {};
  const { title, description } = node.text.data;
  return pageMetadata({
    title,
    description:
      description ??
      translator(locale, 'pages')('troubleshoot.nodeDescription', {
        withdraw: labelText('withdraw', undefined, locale),
      }),
    path: nodeHref(node.id),
    locale,
  });
}

export function TroubleshootNodePage({ id, locale }: { id: string; locale: Locale }) {
  const tree = loadTroubleshooter(locale);
  const node = tree.nodes.get(id);
  if (!node) notFound();
  const shown = node.adviceFrom ? [node.text, tree.nodes.get(node.adviceFrom)!.text] : [node.text];
  return (
    <NodeView
      node={node}
      body={
        <>
          <StaleNotice
            locale={locale}
            translations={shown.map((text) => text.translation)}
            englishHref={nodePath(node.id, tree.start)}
          />
          <MdxContent source={node.body} locale={locale} />
        </>
      }
      locale={locale}
    />
  );
}
