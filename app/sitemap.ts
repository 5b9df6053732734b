import type { MetadataRoute } from 'next';
import { flowPath, stepParams } from '@/lib/guides/routes';
import { flowKinds } from '@/lib/guides/schema';
import { learnPath, loadLearnPages } from '@/lib/learn/load';
import { absoluteUrl } from '@/lib/metadata';
import { platforms } from '@/lib/platform/platforms';

export const dynamic = 'force-static';

/** Every page a search engine should know, from the content that generates the routes. */
function sitePaths(): string[] {
  // Each flow's first page, then what its route pre-renders: every step and the done page.
  const flows = flowKinds.flatMap((kind) =>
    platforms.flatMap((platform) => [
      flowPath(kind, platform),
      ...stepParams(kind, platform).map((segment) => flowPath(kind, platform, segment)),
    ]),
  );
  return [
    '/',
    ...flows,
    '/troubleshoot',
    '/checklist',
    '/faq',
    '/learn',
    ...loadLearnPages().map((page) => learnPath(page.id)),
  ];
}

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().map((path) => ({ url: absoluteUrl(path) }));
}
