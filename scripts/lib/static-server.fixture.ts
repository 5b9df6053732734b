// Test support for static-server.test.ts: a small export in a temp folder (never out/), with
// symlinks that lead out of it, and an HTTP client that writes raw bytes to a socket, so a test
// can send what no well-behaved client would.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const page = (title: string, extra = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${title}</title>` +
  `<script>document.documentElement.dataset.page=${JSON.stringify(title)}</script></head>` +
  `<body><h1>${title}</h1>${extra}</body></html>`;

/** Builds the fixture export; returns its root (`<tmp>/out`) and a cleanup function. */
export function makeExport() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'unsend-serve-'));
  const root = path.join(base, 'out');
  const write = (relative: string, text: string) => {
    const file = path.join(base, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write('out/index.html', page('Home'));
  write('out/faq.html', page('FAQ', '<p style="opacity:0">answers</p>'));
  write('out/404.html', page('Page not found', '<a href="/">Home</a>'));
  write('out/_not-found.html', page('Page not found', '<a href="/">Home</a>'));
  // An edition under its own prefix, with its own 404 page.
  write('out/de.html', page('Startseite'));
  write('out/de/faq.html', page('Fragen'));
  write('out/de/404.html', page('Seite nicht gefunden', '<a href="/de">Startseite</a>'));
  write('out/_next/static/chunks/app.js', 'console.log("app");'.repeat(50));
  write('out/emptydir/.keep', '');
  write('out/_headers', '/*\n  X-Frame-Options: DENY\n');
  write('out/_redirects', '/de/*  /de/404.html  404\n');
  // Outside the export: nothing here may ever be served.
  write('secret.html', page('SECRET outside the export'));
  write('outside/page.html', page('SECRET outside folder'));
  write('out-private/page.html', page('SECRET in a sibling whose name starts like out'));
  fs.symlinkSync('../secret.html', path.join(root, 'leak.html'));
  fs.symlinkSync('../outside', path.join(root, 'linked'));
  fs.symlinkSync('../out-private/page.html', path.join(root, 'sibling.html'));
  fs.symlinkSync('faq.html', path.join(root, 'alias.html'));
  return { root, cleanup: () => fs.rmSync(base, { recursive: true, force: true }) };
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Splits what came back on a socket into responses (Content-Length framed; 304/HEAD have none). */
export function parseReplies(data: Buffer, bodiless = false): Reply[] {
  const replies: Reply[] = [];
  let rest = data;
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine = '', ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const status = Number(statusLine.split(' ')[1]);
    const length = bodiless || status === 304 ? 0 : Number(headers['content-length'] ?? 0);
    replies.push({ status, headers, body: rest.subarray(end + 4, end + 4 + length) });
    rest = rest.subarray(end + 4 + length);
  }
  return replies;
}

export interface Exchange {
  /** Everything the server sent before it closed the connection (or the wait ran out). */
  data: Buffer;
  /** Whether the server closed the connection within the wait. */
  closed: boolean;
  /** Milliseconds from connecting to the close. */
  elapsed: number;
}

/**
 * Writes `request` to a fresh connection, optionally trickles `trickle` one piece every
 * `every` ms, and collects the answer until the server closes (or `wait` ms pass).
 */
export function exchange(
  port: number,
  request: string,
  { wait = 3_000, trickle = '', every = 50 } = {},
): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearInterval(timer);
      clearTimeout(limit);
      socket.destroy();
      resolve({ data: Buffer.concat(chunks), closed, elapsed: Date.now() - started });
    };
    const limit = setTimeout(() => finish(false), wait);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // a reset after the answer is still a close
    socket.on('close', () => finish(true));
    socket.write(request);
    if (trickle) {
      let index = 0;
      timer = setInterval(() => {
        if (socket.writable) socket.write(trickle[index++ % trickle.length]!);
      }, every);
    }
  });
}

/** One request, one reply: the request should say `Connection: close` (get() does). */
export async function send(port: number, request: string, bodiless = false): Promise<Reply> {
  const { data } = await exchange(port, request);
  const [reply] = parseReplies(data, bodiless);
  if (!reply) throw new Error(`no reply to ${JSON.stringify(request.slice(0, 60))}`);
  return reply;
}

/** A well-formed request for `target` with extra header lines. */
export const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: test.invalid\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}Connection: close\r\n\r\n`;
