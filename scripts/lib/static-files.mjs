// The file half of the static server: which file in the export a URL path names, and that file's
// bytes as one consistent snapshot (with its gzip form and ETag), cached until it changes.
// Hand-written, not sirv: with sirv 3.0.2 as the file half, 13 of the 58 hostile-request cases
// failed (symlinks out of out/, gzip, strong ETags and If-None-Match, whole-file snapshots): see
// docs/hosting.md.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const compressible = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.txt',
  '.xml',
  '.svg',
  '.webmanifest',
]);

// Never pages of their own: Next's second copy of the 404 page, and the host config the build
// writes beside the pages (_headers and _redirects are for the hosts to read, not to serve).
const notServed = /^\/(_not-found(\.html)?|_headers|_redirects)$/;

const realRoots = new Map();
const realRoot = (root) => {
  if (!realRoots.has(root)) realRoots.set(root, fs.realpathSync.native(root));
  return realRoots.get(root);
};

/** The stat of a regular file, or null (missing, a directory, a name the file system refuses). */
function fileStat(file) {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The file a URL path (still percent-encoded, as the URL parser leaves it) names under root:
 * /faq → faq.html, / → index.html, /_next/x.js → the file itself. Null for anything else: bad
 * percent-encoding, NUL, `.`/`..` or empty segments (%2f included), a symlink that leads out
 * of root, Next's _not-found copy, the _headers file. Returns the name as found, its real path and its stat.
 */
export function locateFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || notServed.test(decoded)) return null;
  const segments = decoded === '/' ? [] : decoded.slice(1).split('/');
  const unsafe = (segment) =>
    segment === '' || segment === '.' || segment === '..' || /[\0\\]/.test(segment);
  if (segments.some(unsafe)) return null;
  const base = path.join(root, ...segments);
  return firstInside(
    root,
    segments.length
      ? [base, `${base}.html`, path.join(base, 'index.html')]
      : [path.join(root, 'index.html')],
  );
}

/**
 * The 404 page for a missing URL path, found as locateFile finds: the 404.html of the folder the
 * path's first segment names, if it has one (an edition's own: /de/x → de/404.html), else the
 * export's (404.html, else Next's _not-found.html copy). The segment is taken only if it is a
 * plain name (letters, digits, `-`), never decoded.
 */
export function locateNotFoundPage(root, urlPath = '/') {
  const first = /^\/([A-Za-z0-9-]+)(?:\/|$)/.exec(urlPath)?.[1];
  return firstInside(root, [
    ...(first ? [path.join(root, first, '404.html')] : []),
    ...['404.html', '_not-found.html'].map((name) => path.join(root, name)),
  ]);
}

/** Whether a file of the export is a 404 page: only ever the body of a 404 answer. */
export const isNotFoundPage = (file) => path.basename(file) === '404.html';

/** The first candidate that is a regular file whose real path is inside root. */
function firstInside(root, candidates) {
  const inside = realRoot(root) + path.sep;
  for (const file of candidates) {
    const stat = fileStat(file);
    const real = stat && fs.realpathSync.native(file);
    if (real?.startsWith(inside)) return { file, real, stat };
  }
  return null;
}

/** The file under root a URL path names, or null: see locateFile. */
export const resolveFile = (root, urlPath) => locateFile(root, urlPath)?.file ?? null;

/**
 * Reads a whole file as one snapshot: if its size or mtime moved while it was read (a rebuild
 * writing it), it is read again, so bytes, length and ETag always belong together. Null if it
 * kept changing.
 */
function readSnapshot(file) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const fd = fs.openSync(file, 'r');
    try {
      const before = fs.fstatSync(fd);
      const body = fs.readFileSync(fd);
      const after = fs.fstatSync(fd);
      const same = before.size === after.size && before.mtimeMs === after.mtimeMs;
      if (same && body.length === after.size) return { body, stat: after };
    } finally {
      fs.closeSync(fd);
    }
  }
  return null;
}

const etagOf = (bytes, suffix = '') =>
  `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}${suffix}"`;

/**
 * A cache of file snapshots keyed by real path, size and mtime. `describe(file, body)` adds
 * what the server wants kept with each file (its headers). `get` returns
 * { body, gzip, etag, gzipEtag, type, extra } or null when the file would not hold still.
 */
export function createFileCache(describe) {
  const cache = new Map();
  return {
    get(real, stat) {
      const key = `${stat.size}:${stat.mtimeMs}`;
      const cached = cache.get(real);
      if (cached?.key === key) return cached;
      const snapshot = readSnapshot(real);
      if (!snapshot) return null;
      const ext = path.extname(real);
      const gzip = compressible.has(ext) ? zlib.gzipSync(snapshot.body) : null;
      const entry = {
        key: `${snapshot.stat.size}:${snapshot.stat.mtimeMs}`,
        body: snapshot.body,
        gzip,
        etag: etagOf(snapshot.body),
        gzipEtag: gzip && etagOf(snapshot.body, '-gzip'),
        type: types[ext] ?? 'application/octet-stream',
        extra: describe(real, snapshot.body),
      };
      cache.set(real, entry);
      return entry;
    },
  };
}
