// Reading the static export: which routes it has, what kind each is, and file sizes.
// Hand-written: our export's layout and our page classifier; nothing generic to buy.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { otherPageKind, pageKinds } from '../budgets.mjs';

/** out/ by default; every audit takes `--dir` to point elsewhere. */
export function exportDir(argv = process.argv) {
  const index = argv.indexOf('--dir');
  const dir = path.resolve(index > -1 ? argv[index + 1] : 'out');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`No export in ${dir}: run "npm run build" first.`);
    process.exit(1);
  }
  return dir;
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The URL a file in the export is served at: index.html → /, faq.html → /faq. */
export function routeOf(root, file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const route = `/${relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
  return route.length > 1 ? route.replace(/\/$/, '') : route;
}

/**
 * Every HTML page in the export as { route, file, html }, sorted by route. Next's own copies
 * (`_not-found.html`, the same page as 404.html) and `_next/` are left out.
 */
export function htmlPages(root) {
  return walk(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ route: routeOf(root, file), file }))
    .filter(({ route }) => !route.startsWith('/_'))
    .sort((a, b) => a.route.localeCompare(b.route))
    .map((page) => ({ ...page, html: fs.readFileSync(page.file, 'utf8') }));
}

/**
 * A page's route without its edition's prefix (/de/faq → /faq, /de → /): the prefix is the
 * page's own <html lang>, so a page of any edition is the kind its English twin is.
 */
export function editionlessRoute(route, html) {
  const lang = html.match(/<html\b[^>]*\slang="([^"]+)"/)?.[1];
  if (!lang || !(route === `/${lang}` || route.startsWith(`/${lang}/`))) return route;
  return route.slice(lang.length + 1) || '/';
}

/** The kind a page marks itself with (`data-page-kind="…"`), if any. */
const pageKindMarker = (html) => html.match(/\sdata-page-kind="([a-z-]+)"/)?.[1];

/**
 * { kind, jsOverFloorKb } of a page, from its URL and its own marker: the one classifier the
 * size budgets, the audits and the browser suite share (see pageKinds in scripts/budgets.mjs).
 */
export function classify(route, html) {
  const marker = pageKindMarker(html);
  const path = editionlessRoute(route, html);
  const match = pageKinds.find(
    (candidate) =>
      candidate.route.test(path) && (candidate.marker === undefined || candidate.marker === marker),
  );
  const { kind, jsOverFloorKb } = match ?? otherPageKind;
  return { kind, jsOverFloorKb };
}

/** The first page of each kind, in route order: enough to cover every layout once. */
export function onePagePerKind(pages) {
  const byKind = new Map();
  for (const page of pages) {
    const { kind } = classify(page.route, page.html);
    if (!byKind.has(kind)) byKind.set(kind, { ...page, kind });
  }
  return [...byKind.values()];
}

const gzCache = new Map();

/** gzip -9 size of a file, in bytes. */
export function gzipSize(file) {
  if (!gzCache.has(file)) {
    gzCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  }
  return gzCache.get(file);
}

/** The file an absolute URL path like /_next/static/x.js names in the export. */
export function assetFile(root, urlPath) {
  return path.join(root, decodeURIComponent(urlPath.split(/[?#]/)[0]));
}

/** Formats bytes as KB (1000 B) with one decimal. */
export const kb = (bytes) => (bytes / 1000).toFixed(1);
