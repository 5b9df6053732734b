import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/** The site's base URL as the build wrote it into the sitemap: the one config value. */
async function sitemapUrls(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
}

function attribute(html: string, tag: RegExp, name: string): string | undefined {
  const element = html.match(tag)?.[0];
  return element?.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}

test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const robots = await response.text();
  expect(robots).toMatch(/^Allow: \/$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemap).toBeDefined();
  expect(new URL(sitemap!).pathname).toBe('/sitemap.xml');
});

test('every page in the sitemap exists, with its own title, a description, a canonical URL and og:image', async ({
  request,
}) => {
  const urls = await sitemapUrls(request);
  expect(urls.length).toBeGreaterThan(10);
  // Every page is checked before failing, so one run lists every problem.
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const url of urls) {
    const { pathname } = new URL(url);
    const response = await request.get(pathname);
    if (response.status() !== 200) {
      problems.push(`${pathname}: status ${response.status()}`);
      continue;
    }
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    const title = head.match(/<title>([^<]+)<\/title>/)?.[1];
    // Unique within an edition: the same page in another language is its alternate, not a twin.
    const edition = `${html.match(/<html\b[^>]*\slang="([^"]+)"/)?.[1]}: ${title}`;
    if (!title) problems.push(`${pathname}: no title`);
    else if (titles.has(edition))
      problems.push(`${pathname}: same title as ${titles.get(edition)}`);
    else titles.set(edition, pathname);
    const expected: [string, RegExp, string, (value: string | undefined) => boolean][] = [
      ['description', /<meta name="description"[^>]*>/, 'content', Boolean],
      ['canonical', /<link rel="canonical"[^>]*>/, 'href', (value) => value === url],
      ['og:url', /<meta property="og:url"[^>]*>/, 'content', (value) => value === url],
      ['og:title', /<meta property="og:title"[^>]*>/, 'content', Boolean],
      [
        'og:image',
        /<meta property="og:image"[^>]*>/,
        'content',
        (value) => !!value && new URL(value).pathname === '/og.png',
      ],
    ];
    for (const [name, tag, attr, ok] of expected) {
      const value = attribute(head, tag, attr);
      if (!ok(value)) problems.push(`${pathname}: ${name} is ${value ?? 'missing'}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the Open Graph image is a 1200×630 PNG', async ({ request }) => {
  const response = await request.get('/og.png');
  expect(response.status()).toBe(200);
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('the sitemap lists every page of the export and nothing else', async ({ request }) => {
  const root = path.resolve('out');
  const exported = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const route = '/' + file.replace(/\\/g, '/').replace(/(\/?index)?\.html$/, '');
      const html = fs.readFileSync(path.join(root, file), 'utf8');
      const canonical = attribute(html, /<link rel="canonical"[^>]*>/, 'href');
      return { route, canonical: canonical && new URL(canonical).pathname };
    })
    // Error pages (each edition's too: /de/404) are served for missing URLs; a page whose canonical URL is another page's
    // (a flow's first step is the flow's own page) is listed under that URL.
    .filter(({ route }) => !['/404', '/_not-found'].includes(route) && !route.endsWith('/404'))
    .filter(({ route, canonical }) => !canonical || canonical === route)
    .map(({ route }) => route);
  const listed = (await sitemapUrls(request)).map((url) => new URL(url).pathname);
  expect([...listed].sort()).toEqual([...exported].sort());
});
