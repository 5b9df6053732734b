// Serves a static export the way a static host would: clean URLs (/faq → faq.html), the site's
// own 404 page with a real 404 status, long caching for hashed assets, gzip for text, and the
// security headers (a per-page CSP hashed from each page's own inline scripts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { commonHeaders, pageHeaders } from './security-headers.mjs';

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

/** Maps a URL path to a file under root, or null (traversal, bad encoding, missing file). */
export function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  // Next also exports its 404 page as /_not-found; it is served only as the 404 response.
  if (/^\/_not-found(\.html)?$/.test(clean)) return null;
  const base = path.join(root, clean);
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this form of the URL (or a name the file system refuses): try the next
    }
  }
  return null;
}

/**
 * An http.Server for the export in `root`. Files are read once and kept in memory (with their
 * gzip form and headers) until their mtime changes, so a rebuild is picked up without a restart.
 */
export function createStaticServer(root) {
  const absoluteRoot = path.resolve(root);
  const notFound = path.join(absoluteRoot, '404.html');
  const cache = new Map();

  function load(file) {
    const { mtimeMs } = fs.statSync(file);
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const body = fs.readFileSync(file);
    const ext = path.extname(file);
    const entry = {
      mtimeMs,
      body,
      gzip: compressible.has(ext) ? zlib.gzipSync(body) : null,
      type: types[ext] ?? 'application/octet-stream',
      headers: ext === '.html' ? pageHeaders(body.toString('utf8')) : commonHeaders,
    };
    cache.set(file, entry);
    return entry;
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...commonHeaders }).end();
      return;
    }
    const file = resolveFile(absoluteRoot, url.pathname);
    let entry;
    try {
      entry = load(file ?? notFound);
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...commonHeaders });
      res.end('The export changed while it was being read; try again.');
      return;
    }
    const immutable = url.pathname.startsWith('/_next/static/');
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(file ? 200 : 404, {
      ...entry.headers,
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': immutable
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
      ...(entry.gzip ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** Starts a server for `root` on host:port (0 = any free port); resolves to its base URL. */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${address.port}`);
    });
  });
}
