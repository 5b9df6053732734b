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
  const titles = new Map<string, string>();
  for (const url of urls) {
    const { pathname } = new URL(url);
    const response = await request.get(pathname);
    expect(response.status(), `${pathname} returns 200`).toBe(200);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));

    const title = head.match(/<title>([^<]+)<\/title>/)?.[1];
    expect(title, `${pathname} has a title`).toBeTruthy();
    expect(titles.get(title!), `${pathname} shares its title "${title}"`).toBeUndefined();
    titles.set(title!, pathname);

    expect(
      attribute(head, /<meta name="description"[^>]*>/, 'content'),
      `${pathname} description`,
    ).toBeTruthy();
    expect(attribute(head, /<link rel="canonical"[^>]*>/, 'href'), `${pathname} canonical`).toBe(
      url,
    );
    expect(attribute(head, /<meta property="og:url"[^>]*>/, 'content'), `${pathname} og:url`).toBe(
      url,
    );
    expect(
      attribute(head, /<meta property="og:title"[^>]*>/, 'content'),
      `${pathname} og:title`,
    ).toBeTruthy();
    const image = attribute(head, /<meta property="og:image"[^>]*>/, 'content');
    expect(image, `${pathname} og:image`).toBeTruthy();
    expect(new URL(image!).pathname, `${pathname} og:image`).toBe('/og.png');
  }
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
    .map((file) => '/' + file.replace(/\\/g, '/').replace(/(index)?\.html$/, ''))
    .map((route) => (route.length > 1 ? route.replace(/\/$/, '') : route))
    // Error pages: served for missing URLs, never listed.
    .filter((route) => !['/404', '/_not-found'].includes(route));
  const listed = (await sitemapUrls(request)).map((url) => new URL(url).pathname);
  expect([...listed].sort()).toEqual([...exported].sort());
});
