// Serves a static export the way a static host would: clean URLs (/faq → faq.html, /faq/ → 308
// to /faq), the site's own 404 page with a real 404 status, ETags and 304s, gzip for text, and
// the response policy of security-headers.mjs on every answer, errors included. One request can't
// stop it: malformed ones get a 4xx, slow clients are timed out, connections are capped.
// Hand-written: a static host's behaviour (method guard, clean URLs, 404 page, header policy on
// every answer) over Node's http.
import http from 'node:http';
import path from 'node:path';
import { cacheControlFor, pageHeaders, staticHeaders } from './security-headers.mjs';
import {
  createFileCache,
  isNotFoundPage,
  locateFile,
  locateNotFoundPage,
} from './static-files.mjs';
import { acceptsGzip, matchesEtag, requestUrl } from './http-parts.mjs';
import { guardDefaults, guardServer, serverOptions } from './server-guards.mjs';

export { resolveFile } from './static-files.mjs';

const allowed = 'GET, HEAD';

/**
 * An http.Server for the export in `root`. Files are read whole and kept in memory until their
 * size or mtime changes, so a rebuild is picked up without a restart and never served half
 * written. `headers: false` leaves out every security header (a host that sets none).
 */
export function createStaticServer(root, options = {}) {
  const settings = { headers: true, ...guardDefaults, ...options };
  const absoluteRoot = path.resolve(root);
  const security = (html) =>
    settings.headers ? (html === undefined ? staticHeaders : pageHeaders(html)) : {};
  const files = createFileCache((file, body) =>
    security(file.endsWith('.html') ? body.toString('utf8') : undefined),
  );

  function plain(res, status, extra = {}) {
    const body = `${status} ${http.STATUS_CODES[status]}\n`;
    res.writeHead(status, {
      ...security(),
      'Cache-Control': cacheControlFor('', status),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...extra,
    });
    res.end(body);
  }

  function send(req, res, entry, status, urlPath) {
    const gzip = entry.gzip && acceptsGzip(req.headers['accept-encoding']);
    const body = gzip ? entry.gzip : entry.body;
    const etag = gzip ? entry.gzipEtag : entry.etag;
    const ok = status === 200;
    const notModified = ok && matchesEtag(req.headers['if-none-match'], etag);
    const headers = {
      ...entry.extra,
      'Cache-Control': cacheControlFor(urlPath, notModified ? 304 : status),
      ...(ok ? { ETag: etag } : {}),
      ...(entry.gzip ? { Vary: 'Accept-Encoding' } : {}),
    };
    if (notModified) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(status, {
      ...headers,
      'Content-Type': entry.type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(req, res, urlPath) {
    const found = locateNotFoundPage(absoluteRoot, urlPath);
    const page = found && files.get(found.real, found.stat);
    if (page) send(req, res, page, 404, '');
    else plain(res, 404);
  }

  function respond(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, { Allow: allowed });
    // HTTP/1.1 requires Host (Node's own check would answer without our headers).
    if (req.httpVersion === '1.1' && !req.headers.host) return plain(res, 400);
    const url = requestUrl(req.url);
    if (!url) return plain(res, 400);
    if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
      // Never `//host`: a Location starting so would lead to another site.
      const clean = `/${url.pathname.replace(/^\/+|\/+$/g, '')}`;
      return plain(res, 308, { Location: `${clean}${url.search}` });
    }
    const found = locateFile(absoluteRoot, url.pathname);
    // A 404 page's own file (404.html, an edition's de/404.html) is only ever the body of a 404
    // answer (/404 and /de/404 included); a missing page under an edition gets that edition's.
    if (!found || isNotFoundPage(found.file)) return notFound(req, res, url.pathname);
    const entry = files.get(found.real, found.stat);
    if (!entry) return plain(res, 503, { 'Retry-After': '1' });
    send(req, res, entry, 200, url.pathname);
  }

  const server = http.createServer(serverOptions(settings), (req, res) => {
    try {
      respond(req, res);
    } catch (error) {
      console.error(`${req.method} ${req.url}: ${error.stack ?? error}`);
      if (res.headersSent) res.destroy();
      else plain(res, 500);
    }
  });
  guardServer(server, settings, security(), allowed);
  server.on('checkExpectation', (req, res) => plain(res, 417));
  return server;
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
