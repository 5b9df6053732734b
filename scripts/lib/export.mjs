// Reading the static export: which routes it has, what kind each is, and file sizes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pageKinds } from '../budgets.mjs';

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

/** Whether a page marks itself as a troubleshooter outcome. */
export const isOutcome = (html) => /\sdata-page-kind="outcome"/.test(html);

/** { kind, budget } for a page: see scripts/budgets.mjs. */
export function classify(route, html) {
  const match = pageKinds.find(({ pattern }) => pattern.test(route));
  if (!match) return { kind: 'other', budget: 'content' };
  if (match.byMarker) {
    return isOutcome(html)
      ? { kind: `${match.kind} outcome`, budget: 'content' }
      : { kind: `${match.kind} question`, budget: 'interactive' };
  }
  return { kind: match.kind, budget: match.budget };
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
