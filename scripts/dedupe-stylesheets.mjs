#!/usr/bin/env node
// `npm run build` runs this after `next build`, before scripts/headers.mjs hashes the inline
// scripts: empties the RSC payload rows that repeat a page's inline stylesheet in every HTML
// file of the export (scripts/lib/flight-stylesheets.mjs says why that is safe).
// Hand-written: it works around a Next.js bug no tool knows about (see flight-stylesheets.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { exportDir } from './lib/export.mjs';
import { withoutRepeatedStylesheets } from './lib/flight-stylesheets.mjs';

const root = exportDir();
let files = 0;
let rows = 0;
for (const name of fs.readdirSync(root, { recursive: true })) {
  if (!name.endsWith('.html') || name.startsWith(`_next${path.sep}`)) continue;
  const file = path.join(root, name);
  const html = fs.readFileSync(file, 'utf8');
  let result;
  try {
    result = withoutRepeatedStylesheets(html);
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: ${error.message}`);
  }
  if (result.removed === 0) continue;
  fs.writeFileSync(file, result.html);
  files += 1;
  rows += result.removed;
}
console.log(`Stylesheet repeats: emptied ${rows} payload rows in ${files} pages.`);
