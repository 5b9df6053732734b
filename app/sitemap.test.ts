import fs from 'node:fs';
import path from 'node:path';
import { tree } from '@/content/troubleshooter/tree';
import { loadAllContent, siteIndex } from '@/lib/content/load-all';
import { site } from '@/lib/site';
import robots from './robots';
import sitemap from './sitemap';

const paths = sitemap().map((entry) => {
  expect(entry.url === site.baseUrl || entry.url.startsWith(`${site.baseUrl}/`)).toBe(true);
  return entry.url.slice(site.baseUrl.length) || '/';
});

/** Read straight from the content files, not through the loaders the sitemap uses. */
function flowPagesOnDisk(folder: string, base: string): string[] {
  const dir = path.join('content/guides', folder);
  return fs.readdirSync(dir).flatMap((file) => {
    const platform = path.basename(file, '.mdx');
    const steps = [
      ...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/<Step id="([^"]+)"/g),
    ];
    return [
      `${base}/${platform}`,
      // the first step is the flow's own page
      ...steps.slice(1).map(([, id]) => `${base}/${platform}/${id}`),
      `${base}/${platform}/done`,
    ];
  });
}

describe('sitemap', () => {
  it('lists exactly the site’s pages', () => {
    const learn = fs
      .readdirSync('content/learn')
      .map((file) => `/learn/${path.basename(file, '.mdx')}`);
    expect([...paths].sort()).toEqual(
      [
        '/',
        ...flowPagesOnDisk('withdraw', '/guide'),
        ...flowPagesOnDisk('profile', '/from-profile'),
        ...flowPagesOnDisk('remove-connection', '/remove-connection'),
        // the first question is asked on /troubleshoot only
        '/troubleshoot',
        ...Object.keys(tree.nodes)
          .filter((id) => id !== tree.start)
          .map((id) => `/troubleshoot/${id}`),
        '/troubleshoot/map',
        '/checklist',
        '/faq',
        '/learn',
        ...learn,
      ].sort(),
    );
  });

  it('names each page once, without a trailing slash', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p !== '/' && p.endsWith('/'))).toEqual([]);
  });
});

describe('the site index the site check holds links to', () => {
  it('is the whole site: one page per sitemap entry, and every file under content/ read', () => {
    const index = siteIndex('en');
    // The first step's own URL is a page too, though the sitemap lists it once, as the flow.
    const extra = [...index.pages.keys()].filter((path) => !paths.includes(path));
    expect(paths.filter((path) => !index.pages.has(path))).toEqual([]);
    expect(
      extra.every((path) =>
        /^\/(guide|from-profile|remove-connection)\/[a-z]+\/[a-z0-9-]+$/.test(path),
      ),
    ).toBe(true);
    expect(() => loadAllContent()).not.toThrow();
  });
});

describe('robots.txt', () => {
  it('allows everything and points to the sitemap', () => {
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/' },
      sitemap: `${site.baseUrl}/sitemap.xml`,
    });
  });
});
