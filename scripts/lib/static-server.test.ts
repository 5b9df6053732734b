// @vitest-environment node
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, get, makeExport, parseReplies, send, type Reply } from './static-server.fixture';
import { createStaticServer } from './static-server.mjs';

type Options = Parameters<typeof createStaticServer>[1];

const fixture = makeExport();
afterAll(fixture.cleanup);

async function start(options?: Options) {
  const server = createStaticServer(fixture.root, options);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as net.AddressInfo).port };
}

const stop = (server: http.Server) => {
  server.closeAllConnections();
  return new Promise((done) => server.close(done));
};

/** Every answer, error or not, carries the security headers and a cache policy. */
function expectPolicy(reply: Reply) {
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['x-frame-options']).toBe('DENY');
  expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(reply.headers['cache-control']).toBeTruthy();
  if (reply.status >= 400) expect(reply.headers['cache-control']).toBe('no-store');
}

const big = 'x'.repeat(20_000);
const notFoundPage = /<h1>Page not found<\/h1>/;
const deNotFoundPage = /<h1>Seite nicht gefunden<\/h1>/;
const pageCsp = /script-src 'self' 'sha256-/;

/** [what is sent, the raw request, expected status, what else the answer must show] */
const table: [string, string, number, Partial<Record<string, string | RegExp>>?][] = [
  ['a bad request line', 'GARBAGE\r\n\r\n', 400],
  ['an unknown HTTP version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 400],
  ['a target the URL parser rejects: //[', get('//['), 400],
  ['a scheme-relative target: //evil.example/', get('//evil.example/'), 400],
  ['a backslash target: /\\evil.example/', get('/\\evil.example/'), 400],
  ['an asterisk target', get('*'), 400],
  ['absolute-form with another scheme', get('ftp://test.invalid/faq'), 400],
  ['bad percent-encoding: /%', get('/%'), 404, { body: notFoundPage }],
  ['bad UTF-8: /%E0%A4%A', get('/%E0%A4%A'), 404, { body: notFoundPage }],
  ['encoded traversal: /..%2f..%2fetc/passwd', get('/..%2f..%2fetc/passwd'), 404],
  ['encoded traversal: /..%2f..%2fsecret.html', get('/..%2f..%2fsecret.html'), 404],
  ['raw traversal: /../secret.html', get('/../secret.html'), 404],
  ['dot-encoded traversal: /%2e%2e/secret.html', get('/%2e%2e/secret.html'), 404],
  ['a NUL in the path: /%00', get('/%00'), 404, { body: notFoundPage }],
  ['a NUL in the path: /faq%00.html', get('/faq%00.html'), 404, { body: notFoundPage }],
  ['a NUL in a header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n', 400],
  ['a 20 KB header', get('/', { 'X-Big': big }), 431],
  ['a 20 KB URL', get(`/${big}`), 431],
  ['HTTP/1.1 without Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
  ['HTTP/1.0 without Host', 'GET /faq HTTP/1.0\r\n\r\n', 200, { body: /<h1>FAQ/ }],
  ['absolute-form: http://other.example/faq', get('http://other.example/faq'), 200],
  ['CONNECT', 'CONNECT test.invalid:443 HTTP/1.1\r\nHost: test.invalid:443\r\n\r\n', 405],
  ['DELETE', get('/', {}, 'DELETE'), 405, { allow: 'GET, HEAD' }],
  ['POST with a body', get('/faq', { 'Content-Length': '3' }, 'POST') + 'a=1', 405],
  ['OPTIONS *', get('*', {}, 'OPTIONS'), 405, { allow: 'GET, HEAD' }],
  ['a method HTTP does not know', get('/', {}, 'BREW'), 400],
  ['Expect: something-odd', get('/', { Expect: 'something-odd' }), 417],
  [
    'Upgrade: websocket',
    'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, close\r\nUpgrade: websocket\r\n\r\n',
    200,
    { body: /<h1>Home/ },
  ],
  ['a symlink out of the export', get('/leak'), 404, { body: notFoundPage }],
  ['a symlinked folder out of the export', get('/linked/page'), 404],
  ['a symlink into a sibling named like the export', get('/sibling'), 404],
  ['a symlink inside the export', get('/alias'), 200, { body: /<h1>FAQ/ }],
  ['a directory', get('/emptydir'), 404, { body: notFoundPage }],
  ['a dot-file', get('/emptydir/.keep'), 200],
  ['/404', get('/404'), 404, { body: notFoundPage, 'content-security-policy': pageCsp }],
  ['/404.html', get('/404.html'), 404, { body: notFoundPage }],
  ['/404 percent-encoded: /%34%30%34', get('/%34%30%34'), 404, { body: notFoundPage }],
  ['/_not-found', get('/_not-found'), 404, { body: notFoundPage }],
  ['the host config out/_headers', get('/_headers'), 404, { body: notFoundPage }],
  ['the host config out/_redirects', get('/_redirects'), 404, { body: notFoundPage }],
  ['an unknown page', get('/no-such-page'), 404, { 'content-security-policy': pageCsp }],
  ['an edition’s home: /de', get('/de'), 200, { body: /<h1>Startseite/ }],
  ['an edition’s page: /de/faq', get('/de/faq'), 200, { body: /<h1>Fragen/ }],
  [
    'an unknown page under an edition: /de/x',
    get('/de/x'),
    404,
    { body: deNotFoundPage, 'content-security-policy': pageCsp },
  ],
  ['deeper under an edition: /de/x/y', get('/de/x/y'), 404, { body: deNotFoundPage }],
  ['an edition’s 404 page itself: /de/404', get('/de/404'), 404, { body: deNotFoundPage }],
  ['/de/404.html', get('/de/404.html'), 404, { body: deNotFoundPage }],
  ['a folder without a 404 page: /emptydir/x', get('/emptydir/x'), 404, { body: notFoundPage }],
  [
    'an encoded prefix: /%64e/x (not decoded for the 404)',
    get('/%64e/x'),
    404,
    { body: notFoundPage },
  ],
  ['/faq/', get('/faq/'), 308, { location: '/faq' }],
  ['/faq/ with a query', get('/faq/?q=a%20b'), 308, { location: '/faq?q=a%20b' }],
  ['/faq// (repeated slashes)', get('/faq//'), 308, { location: '/faq' }],
  [
    '/.//evil.example/ (would be //evil.example)',
    get('/.//evil.example/'),
    308,
    {
      location: '/evil.example',
    },
  ],
  ['/_next/static/missing.js', get('/_next/static/missing.js'), 404, { body: notFoundPage }],
  [
    '/_next/static/chunks/app.js',
    get('/_next/static/chunks/app.js'),
    200,
    {
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'text/javascript; charset=utf-8',
    },
  ],
  ['a page', get('/faq'), 200, { 'cache-control': 'no-cache', etag: /^"/, body: /<h1>FAQ/ }],
  [
    'Range: bytes=0-9 (not supported: whole file)',
    get('/faq', { Range: 'bytes=0-9' }),
    200,
    {
      body: /<\/html>$/,
    },
  ],
];
const hostile = table.map(([name, request, status, expected = {}]) => ({
  name,
  request,
  status,
  expected,
}));

describe('the static server against hostile and malformed requests', () => {
  let port = 0;
  let server: http.Server;
  beforeAll(async () => ({ server, port } = await start()));
  afterAll(() => stop(server));

  it.each(hostile)(
    '$name → $status, and / still answers',
    async ({ request, status, expected }) => {
      const reply = await send(port, request);
      expect(reply.status).toBe(status);
      expectPolicy(reply);
      for (const [name, value] of Object.entries(expected)) {
        const actual = name === 'body' ? reply.body.toString('utf8') : reply.headers[name];
        if (value instanceof RegExp) expect(actual).toMatch(value);
        else expect(actual).toBe(value);
      }
      expect(reply.body.toString('utf8')).not.toContain('SECRET');
      expect((await send(port, get('/'))).status).toBe(200);
    },
  );

  it('answers a page with its own CSP (its inline script by hash) and a style attribute hash', async () => {
    const csp = (await send(port, get('/faq'))).headers['content-security-policy'];
    expect(csp).toMatch(pageCsp);
    expect(csp).toMatch(/style-src 'self' 'unsafe-hashes' 'sha256-/);
  });

  it('answers If-None-Match with 304 and no body, for exact, weak and * tags', async () => {
    const first = await send(port, get('/faq'));
    const etag = first.headers.etag!;
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const reply = await send(port, get('/faq', { 'If-None-Match': tag }));
      expect(reply.status, tag).toBe(304);
      expect(reply.headers.etag).toBe(etag);
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.headers['content-security-policy']).toMatch(pageCsp);
    }
    expect((await send(port, get('/faq', { 'If-None-Match': '"other"' }))).status).toBe(200);
    const immutable = await send(port, get('/_next/static/chunks/app.js'));
    const again = get('/_next/static/chunks/app.js', { 'If-None-Match': immutable.headers.etag! });
    expect((await send(port, again)).headers['cache-control']).toContain('immutable');
  });

  it('answers HEAD with the GET headers, the right Content-Length and no body', async () => {
    for (const target of ['/faq', '/no-such-page']) {
      for (const headers of [{}, { 'Accept-Encoding': 'gzip' }] as Record<string, string>[]) {
        const full = await send(port, get(target, headers));
        const { data } = await exchange(port, get(target, headers, 'HEAD'));
        const [head, ...extra] = parseReplies(data, true);
        expect(head!.status).toBe(full.status);
        expect(head!.headers['content-length']).toBe(String(full.body.length));
        expect(head!.headers['content-security-policy']).toBe(
          full.headers['content-security-policy'],
        );
        expect(data.toString('latin1').endsWith('\r\n\r\n')).toBe(true);
        expect(extra).toEqual([]);
      }
    }
  });

  it('gzips text for clients that accept it, and only them', async () => {
    const plain = await send(port, get('/faq'));
    const gzip = await send(port, get('/faq', { 'Accept-Encoding': 'br, gzip;q=0.5' }));
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toBe('Accept-Encoding');
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.headers.etag).not.toBe(plain.headers.etag);
    for (const refusal of ['gzip;q=0', 'identity', 'br']) {
      const reply = await send(port, get('/faq', { 'Accept-Encoding': refusal }));
      expect(reply.headers['content-encoding'], refusal).toBeUndefined();
      expect(reply.body.equals(plain.body)).toBe(true);
    }
  });

  it('answers pipelined requests in order, and a malformed one after them with a 400', async () => {
    const keep = (target: string) => get(target).replace('Connection: close\r\n', '');
    const { data } = await exchange(port, keep('/') + keep('/faq') + 'NONSENSE\r\n\r\n');
    const replies = parseReplies(data);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 400]);
    expect(replies[1]!.body.toString()).toMatch(/<h1>FAQ/);
  });

  it('serves a file changed on disk at once, whole, with a new ETag', async () => {
    const file = path.join(fixture.root, 'changing.html');
    fs.writeFileSync(file, '<p>first</p>');
    const first = await send(port, get('/changing'));
    fs.writeFileSync(file, `<p>second, and longer</p>`);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const second = await send(port, get('/changing'));
    expect(first.body.toString()).toBe('<p>first</p>');
    expect(second.body.toString()).toBe('<p>second, and longer</p>');
    expect(second.headers['content-length']).toBe(String(second.body.length));
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });
});

describe('the static server against slow and greedy clients', () => {
  const timeouts = { headersTimeout: 300, requestTimeout: 600, keepAliveTimeout: 200 };

  it('drops a client that trickles its headers (slow loris) with a 408', async () => {
    const { server, port } = await start(timeouts);
    const slow = await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n', {
      trickle: 'X-Slow: yes\r\n',
      every: 40,
    });
    expect(slow.closed).toBe(true);
    expect(slow.elapsed).toBeLessThan(1_500);
    const [reply] = parseReplies(slow.data);
    expect(reply?.status).toBe(408);
    expectPolicy(reply!);
    expect((await send(port, get('/'))).status).toBe(200);
    await stop(server);
  });

  it('closes a connection that never sends a request, and one left idle after a response', async () => {
    const { server, port } = await start(timeouts);
    const silent = await exchange(port, '');
    expect(silent.closed).toBe(true);
    expect(silent.elapsed).toBeLessThan(1_500);
    const idle = await exchange(port, get('/').replace('Connection: close\r\n', ''));
    expect(idle.closed).toBe(true);
    expect(idle.elapsed).toBeLessThan(1_500);
    expect(parseReplies(idle.data)[0]?.status).toBe(200);
    await stop(server);
  });

  it('refuses connections over the cap, and serves again once they close', async () => {
    const { server, port } = await start({ maxConnections: 3 });
    const open = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<net.Socket>((done) => {
            const socket = net.connect(port, '127.0.0.1', () => done(socket));
          }),
      ),
    );
    const refused = await exchange(port, get('/'));
    expect(refused.closed).toBe(true);
    expect(refused.data.length).toBe(0);
    open.forEach((socket) => socket.destroy());
    await expect
      .poll(() => new Promise((done) => server.getConnections((_, count: number) => done(count))))
      .toBe(0);
    expect((await send(port, get('/'))).status).toBe(200);
    await stop(server);
  });
});

describe('the static server with headers: false (a host that sets none)', () => {
  it('serves pages and 404s without a single security header', async () => {
    const { server, port } = await start({ headers: false });
    const page = await send(port, get('/faq'));
    const missing = await send(port, get('/no-such-page'));
    expect(page.status).toBe(200);
    expect(missing.status).toBe(404);
    for (const reply of [page, missing]) {
      expect(reply.headers['content-security-policy']).toBeUndefined();
      expect(reply.headers['x-content-type-options']).toBeUndefined();
    }
    await stop(server);
  });
});
