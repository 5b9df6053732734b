#!/usr/bin/env node
// `npm run bench:load`: autocannon against scripts/serve.mjs (what `npm start` runs) on
// 127.0.0.1 only: 200 connections for 10 s, cycling through five pages of different kinds.
// Passes with 0 errors, 0 timeouts and 0 non-2xx responses.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { classify, exportDir, htmlPages } from './lib/export.mjs';
import { printTable, report } from './lib/table.mjs';

const connections = 200;
const durationSeconds = 10;

const root = exportDir();

/** Five routes, one per page kind while kinds last, then the next pages in order. */
function pickRoutes(count) {
  const pages = htmlPages(root).filter(({ route }) => route !== '/404');
  const chosen = [];
  const kinds = new Set();
  for (const { route, html } of pages) {
    const { kind } = classify(route, html);
    if (!kinds.has(kind)) {
      kinds.add(kind);
      chosen.push(route);
    }
  }
  for (const { route } of pages)
    if (chosen.length < count && !chosen.includes(route)) chosen.push(route);
  return chosen.slice(0, count);
}

/** Starts scripts/serve.mjs as its own process (as `npm start` would) on a free port. */
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', root, '--port', '0'], {
      env: { ...process.env, HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      const match = String(chunk).match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
  });
}

const routes = pickRoutes(5);
const { child, url } = await startServer();
let result;
try {
  result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    // What a browser sends; the server answers gzip, as a static host would.
    headers: { 'accept-encoding': 'gzip' },
    requests: routes.map((path) => ({ method: 'GET', path })),
  });
} finally {
  child.removeAllListeners('exit');
  child.kill();
}

console.log(
  `autocannon: ${connections} connections for ${durationSeconds} s against scripts/serve.mjs on ${url}`,
);
console.log(`routes: ${routes.join(', ')}\n`);
printTable(
  [
    'requests',
    'requests/s (mean)',
    'p50 latency',
    'p99 latency',
    'throughput',
    'errors',
    'timeouts',
    'non-2xx',
  ],
  [
    [
      result.requests.total,
      Math.round(result.requests.average),
      `${result.latency.p50} ms`,
      `${result.latency.p99} ms`,
      `${(result.throughput.average / 1e6).toFixed(1)} MB/s`,
      result.errors,
      result.timeouts,
      result.non2xx,
    ],
  ],
  'rrrrrrrr',
);
const failures = [];
if (result.errors) failures.push(`${result.errors} connection errors`);
if (result.timeouts) failures.push(`${result.timeouts} timeouts`);
if (result.non2xx) failures.push(`${result.non2xx} non-2xx responses`);
if (!result.requests.total) failures.push('no request completed');
report('bench:load', failures);
