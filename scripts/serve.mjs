#!/usr/bin/env node
// `npm start` / `npm run serve`: serves the static export in out/ (or --dir) on HOST (default
// 127.0.0.1) and PORT or --port (default 3000), with the site's security headers.
// Hand-written: a dozen lines of flag parsing around scripts/lib/static-server.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { createStaticServer, listen } from './lib/static-server.mjs';

const flag = (name) => {
  const index = process.argv.indexOf(name);
  return index > -1 ? process.argv[index + 1] : undefined;
};

const root = path.resolve(flag('--dir') ?? 'out');
const port = Number(flag('--port') ?? process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No build in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const url = await listen(createStaticServer(root), port, host);
console.log(`Unsend is being served at ${url.replace('://0.0.0.0', '://localhost')}`);
