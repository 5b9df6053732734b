#!/usr/bin/env node
// `npm run links`: every href/src/srcset in every exported page (and every url() in the CSS,
// every <loc> in a sitemap) must resolve in the export, fragment included; external links may
// only go to URLs that content/sources.ts or lib/site.ts lists (linkedin.com, or a source a
// page cites), over https, and open with rel="noopener noreferrer" in a new tab.
// Hand-written: link checkers (linkinator) check that links resolve, not our rule that external
// links go only to cited sources, nor #fragments in an export without a server.
import fs from 'node:fs';
import path from 'node:path';
import { exportDir, htmlPages, routeOf } from './lib/export.mjs';
import { startTags } from './lib/html.mjs';
import { resolveFile } from './lib/static-server.mjs';
import { printTable, report } from './lib/table.mjs';

const root = exportDir();
/** problem → the places it occurs, so one missing page reads as one line, not hundreds. */
const problems = new Map();
const fail = (where, problem) => problems.set(problem, [...(problems.get(problem) ?? []), where]);

/** The URLs pages may link to outside the site: the sources registry and lib/site.ts. */
function allowedExternal() {
  const allowed = new Set();
  for (const file of ['content/sources.ts', 'lib/site.ts']) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [url] of text.matchAll(/https:\/\/[^'"`\s]+/g)) allowed.add(withoutHash(url));
  }
  return allowed;
}

function withoutHash(url) {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

const siteUrl = (() => {
  const match = fs.readFileSync('lib/site.ts', 'utf8').match(/SITE_URL \?\? '([^']+)'/);
  return new URL(process.env.SITE_URL ?? match?.[1] ?? 'https://unsend.example.com').origin;
})();

const pages = htmlPages(root);
const idsByFile = new Map(
  pages.map(({ file, html }) => [
    file,
    new Set(
      startTags(html).flatMap(({ attributes }) =>
        attributes.has('id') ? [attributes.get('id')] : [],
      ),
    ),
  ]),
);
const allowed = allowedExternal();
const allowedMailto = new Set(
  [...fs.readFileSync('lib/site.ts', 'utf8').matchAll(/'mailto:([^'?]+)'/g)].map(([, to]) => to),
);
const linkedTo = new Set();
const counts = { internal: 0, fragments: 0, external: 0, assets: 0 };
const externalSeen = new Map();

/** Checks one reference from `fromRoute` (a page URL path or a file URL for CSS). */
function check(reference, fromUrl, where, tag) {
  if (!reference || reference.startsWith('data:')) return;
  let url;
  try {
    url = new URL(reference, fromUrl);
  } catch {
    fail(where, `unparseable URL "${reference}"`);
    return;
  }
  if (url.origin === 'http://site.invalid' || url.origin === siteUrl) {
    const file = resolveFile(root, url.pathname);
    if (!file) {
      fail(where, `nothing at ${url.pathname}`);
      return;
    }
    if (file.endsWith('.html')) linkedTo.add(file);
    counts[file.endsWith('.html') ? 'internal' : 'assets'] += 1;
    if (url.hash && file.endsWith('.html')) {
      counts.fragments += 1;
      const id = decodeURIComponent(url.hash.slice(1));
      const ids = idsByFile.get(file);
      if (ids && !ids.has(id)) fail(where, `no id="${id}" on ${url.pathname}`);
    }
    return;
  }
  if (url.protocol === 'mailto:') {
    // The one address a page may write to: lib/site.ts screenReportAddress.
    if (!allowedMailto.has(url.pathname))
      fail(where, `mailto:${url.pathname} is not lib/site.ts's`);
    return;
  }
  counts.external += 1;
  externalSeen.set(withoutHash(url.href), (externalSeen.get(withoutHash(url.href)) ?? 0) + 1);
  const linkedin = url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
  // A source a page cites (field notes, Apple or Google help) is linked where it is cited.
  const listed = allowed.has(withoutHash(url.href));
  if (!linkedin && !listed) {
    fail(where, `external link to ${url.href} (only linkedin.com, or a cited source)`);
  } else if (url.protocol !== 'https:') fail(where, `${url.href} is not https`);
  else if (!listed) {
    fail(where, `${url.href} is in neither content/sources.ts nor lib/site.ts`);
  }
  if (tag && tag.name === 'a' && tag.attributes.get('target') === '_blank') {
    const rel = (tag.attributes.get('rel') ?? '').split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
      fail(where, `${url.href} opens a new tab without rel="noopener noreferrer"`);
    }
  }
}

const referenceAttributes = {
  href: 'single',
  src: 'single',
  action: 'single',
  srcset: 'list',
  poster: 'single',
};

for (const { route, html } of pages) {
  const pageUrl = `http://site.invalid${route}`;
  for (const tag of startTags(html)) {
    for (const [name, form] of Object.entries(referenceAttributes)) {
      const value = tag.attributes.get(name);
      if (value === undefined) continue;
      const references =
        form === 'list' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const reference of references)
        check(reference, pageUrl, `${route} <${tag.name} ${name}>`, tag);
    }
    // Canonical and social URLs name this site by its public origin.
    if (
      tag.name === 'meta' &&
      /^(og:(url|image)|twitter:image)$/.test(
        tag.attributes.get('property') ?? tag.attributes.get('name') ?? '',
      )
    ) {
      check(
        tag.attributes.get('content'),
        pageUrl,
        `${route} <meta ${tag.attributes.get('property') ?? tag.attributes.get('name')}>`,
      );
    }
  }
}

// Fonts and images the stylesheets point at.
const cssDir = path.join(root, '_next');
const cssFiles = fs.existsSync(cssDir)
  ? fs.readdirSync(cssDir, { recursive: true }).filter((name) => String(name).endsWith('.css'))
  : [];
for (const name of cssFiles) {
  const file = path.join(cssDir, String(name));
  const fileUrl = `http://site.invalid/${path.relative(root, file).split(path.sep).join('/')}`;
  for (const [, , reference] of fs
    .readFileSync(file, 'utf8')
    .matchAll(/url\((['"]?)([^'")]+)\1\)/g)) {
    check(reference, fileUrl, `${routeOf(root, file)} url()`);
  }
}

// A sitemap, if the build writes one, must list only real pages.
const sitemap = path.join(root, 'sitemap.xml');
if (fs.existsSync(sitemap)) {
  for (const [, loc] of fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    check(loc, 'http://site.invalid/', 'sitemap.xml <loc>');
  }
}

const orphans = pages
  .filter(({ route, file }) => route !== '/' && route !== '/404' && !linkedTo.has(file))
  .map(({ route }) => route);

printTable(
  ['check', 'count'],
  [
    ['pages crawled', pages.length],
    ['links to pages', counts.internal],
    ['  of which with #fragment', counts.fragments],
    ['asset references (src, href, url())', counts.assets],
    ['external links', counts.external],
    ['distinct external URLs', externalSeen.size],
    ['allowed external URLs (sources + lib/site.ts)', allowed.size],
    ['pages nothing links to (besides / and 404)', orphans.length],
    ['broken or disallowed (distinct problems)', problems.size],
  ],
  'lr',
);
if (externalSeen.size) {
  console.log('\nExternal URLs linked:');
  for (const [url, count] of [...externalSeen].sort()) console.log(`  ${count}× ${url}`);
}
if (orphans.length)
  console.log(`\nNot linked from any page (fine if reached another way): ${orphans.join(', ')}`);
report(
  'links',
  [...problems].map(([problem, places]) => {
    const distinct = [...new Set(places)];
    const shown = distinct.slice(0, 3).join('; ') + (distinct.length > 3 ? '; …' : '');
    return `${problem}: ${places.length}× from ${shown}`;
  }),
);
