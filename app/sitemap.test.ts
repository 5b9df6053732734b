import fs from 'node:fs';
import path from 'node:path';
import { tree } from '@/content/troubleshooter/tree';
import { loadAllContent, siteIndex } from '@/lib/content/load-all';
import { defaultLocale, locales } from '@/lib/locales';
import { site } from '@/lib/site';
import robots from './robots';
import sitemap from './sitemap';

const entries = sitemap();
const pathOf = (url: string) => {
  expect(url === site.baseUrl || url.startsWith(`${site.baseUrl}/`)).toBe(true);
  return url.slice(site.baseUrl.length) || '/';
};
const allPaths = entries.map((entry) => pathOf(entry.url));
/** The English pages: every other edition has the same ones under its prefix. */
const paths = allPaths.filter(
  (path) => !locales.some((l) => path === `/${l}` || path.startsWith(`/${l}/`)),
);

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

describe('the sitemap’s editions', () => {
  it('lists every English page in every other edition too, under its prefix', () => {
    const expected = locales.flatMap((locale) =>
      paths.map((path) =>
        locale === defaultLocale ? path : path === '/' ? `/${locale}` : `/${locale}${path}`,
      ),
    );
    expect([...allPaths].sort()).toEqual([...expected].sort());
  });

  it('names each page’s editions and x-default (English) as its alternates', () => {
    const faq = entries.find((entry) => pathOf(entry.url) === '/fr/faq')!;
    expect(faq.alternates?.languages).toEqual({
      ...Object.fromEntries(
        locales.map((l) => [l, `${site.baseUrl}${l === defaultLocale ? '' : `/${l}`}/faq`]),
      ),
      'x-default': `${site.baseUrl}/faq`,
    });
    const home = entries.find((entry) => entry.url === site.baseUrl)!;
    expect(home.alternates?.languages).toMatchObject({ 'x-default': site.baseUrl });
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
