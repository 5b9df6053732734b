// What keeps one client from stopping or starving the static server: timeouts that drop slow
// and idle clients, a cap on open connections, and an answer with the security headers for
// the requests Node rejects before any request handler runs (bad request lines, oversize
// headers, timeouts, CONNECT).
// Hand-written: Node's own timeouts and caps, wired so every refusal still carries our headers.
import http from 'node:http';
import { cacheControlFor } from './security-headers.mjs';

/** Slow or idle clients are dropped in seconds; no more sockets than a 1024-fd limit allows. */
export const guardDefaults = {
  headersTimeout: 10_000,
  requestTimeout: 20_000,
  keepAliveTimeout: 5_000,
  maxConnections: 1_000,
};

/** Options for http.createServer from the guard settings. */
export const serverOptions = ({ headersTimeout, requestTimeout, keepAliveTimeout }) => ({
  headersTimeout,
  requestTimeout,
  keepAliveTimeout,
  // Node enforces the two timeouts only when it checks, every 30 s by default.
  connectionsCheckingInterval: Math.min(1_000, headersTimeout / 2),
  // Node's own Host check answers without our headers; the handler checks instead.
  requireHostHeader: false,
});

/** Node's parse errors → the status Node itself would answer them with. */
const clientErrorStatus = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** A complete HTTP/1.1 response with a short text body, for writing straight to a socket. */
function rawResponse(status, headers) {
  const reason = http.STATUS_CODES[status] ?? 'Error';
  const body = `${status} ${reason}\n`;
  const lines = Object.entries({
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  }).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Caps and guards `server`. `headers` are the security headers of a non-page answer; `allow`
 * the methods a 405 names.
 */
export function guardServer(server, { maxConnections, requestTimeout }, headers, allow) {
  server.maxConnections = maxConnections;
  // A reader that stops reading holds its socket no longer than a slow request may take.
  server.setTimeout(requestTimeout);

  // Responses still owed on each socket (pipelined requests): a raw error written before them
  // would be read as their answer, so it waits until they are out.
  const owed = new WeakMap();
  const afterOwed = new WeakMap();
  function track(socket, change) {
    const count = (owed.get(socket) ?? 0) + change;
    owed.set(socket, count);
    if (count === 0 && afterOwed.has(socket)) {
      const next = afterOwed.get(socket);
      afterOwed.delete(socket);
      next();
    }
  }
  server.on('request', (req, res) => {
    const { socket } = req;
    track(socket, 1);
    res.once('close', () => track(socket, -1));
  });

  function reject(socket, status, extra = {}) {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    if (owed.get(socket)) {
      afterOwed.set(socket, () => reject(socket, status, extra));
      return;
    }
    socket.end(
      rawResponse(status, { ...headers, 'Cache-Control': cacheControlFor('', status), ...extra }),
    );
    // The peer may never close its half; don't wait for it.
    setTimeout(() => socket.destroy(), 1_000).unref();
  }

  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET') socket.destroy();
    else reject(socket, clientErrorStatus[error.code] ?? 400);
  });
  // CONNECT never reaches the request handler; a static site tunnels nothing.
  server.on('connect', (req, socket) => reject(socket, 405, { Allow: allow }));
}
