import type { MetadataRoute } from 'next';
import { loadAllContent } from '@/lib/content/load-all';
import { stepParams } from '@/lib/guides/step-pages';
import { loadLearnPages } from '@/lib/learn/load';
import { locales } from '@/lib/locales';
import { absoluteUrl, languageAlternates } from '@/lib/metadata';
import { platforms } from '@/lib/platform/platforms';
import { flowKinds, flowPath, learnPath, localePath, paths } from '@/lib/routes';
import { loadTroubleshooter, nodeHref } from '@/lib/troubleshooter/load';

export const dynamic = 'force-static';

/** Every page a search engine should know (in English), from the content that generates the routes. */
export function sitePaths(): string[] {
  const troubleshooter = loadTroubleshooter();
  // A flow's own URL shows its first step, so that step is listed once, under the flow's URL;
  // then every other step and the done page.
  const flows = flowKinds.flatMap((kind) =>
    platforms.flatMap((platform) => [
      flowPath(kind, platform),
      ...stepParams(kind, platform)
        .slice(1)
        .map((segment) => flowPath(kind, platform, segment)),
    ]),
  );
  return [
    paths.home,
    ...flows,
    // The entry page asks the start node's question; every other node has its own page.
    paths.troubleshoot,
    ...[...troubleshooter.nodes.keys()].filter((id) => id !== troubleshooter.start).map(nodeHref),
    paths.troubleshootMap,
    paths.checklist,
    paths.faq,
    paths.learn,
    ...loadLearnPages().map((page) => learnPath(page.id)),
  ];
}

export default function sitemap(): MetadataRoute.Sitemap {
  // Every build renders this route once: the site-wide checks (every file read, every internal
  // link resolves, in every language) fail `next build` from here, so no page repeats them.
  loadAllContent();
  // Every page in every edition, each naming all its editions (hreflang, x-default English).
  return locales.flatMap((locale) =>
    sitePaths().map((path) => ({
      url: absoluteUrl(localePath(locale, path)),
      alternates: { languages: languageAlternates(path) },
    })),
  );
}
