#!/usr/bin/env node
// `npm run size`: first-load JavaScript, HTML and CSS (gzip) of every page in the export,
// JavaScript shown over the framework floor, checked against scripts/budgets.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { cssGzKb, htmlGzKb, otherPageKind, pageKinds } from './budgets.mjs';
import { ensureFloor } from './lib/floor.mjs';
import { assetFile, classify, exportDir, gzipSize, htmlPages, kb } from './lib/export.mjs';
import { stylesheetCopies } from './lib/flight-stylesheets.mjs';
import { scriptSources, stylesheetHrefs } from './lib/html.mjs';
import { printTable, report } from './lib/table.mjs';

const root = exportDir();
const failures = [];

/** Sizes of one page: JS (every script src but noModule), its HTML and linked CSS, gzipped. */
function measure(dir, route, html, file) {
  const sum = (urls) =>
    urls.reduce((total, url) => {
      const asset = assetFile(dir, url);
      if (!fs.existsSync(asset)) {
        failures.push(`${route}: loads ${url}, which is not in the export`);
        return total;
      }
      return total + gzipSize(asset);
    }, 0);
  return { js: sum(scriptSources(html)), css: sum(stylesheetHrefs(html)), html: gzipSize(file) };
}

const floorDir = ensureFloor();
const floorFile = path.join(floorDir, 'index.html');
const floor = measure(floorDir, 'floor', fs.readFileSync(floorFile, 'utf8'), floorFile);

const measured = htmlPages(root).map(({ route, file, html }) => ({
  route,
  text: html,
  ...classify(route, html),
  ...measure(root, route, html, file),
}));

const rows = measured.map(({ route, kind, jsOverFloorKb, text, ...size }) => {
  const over = size.js - floor.js;
  const problems = [];
  if (over > jsOverFloorKb * 1000) {
    problems.push(`JS floor + ${kb(over)} KB > floor + ${jsOverFloorKb} KB (${kind})`);
  }
  if (size.html > htmlGzKb * 1000) problems.push(`HTML ${kb(size.html)} KB > ${htmlGzKb} KB`);
  if (size.css > cssGzKb * 1000) problems.push(`CSS ${kb(size.css)} KB > ${cssGzKb} KB`);
  for (const { href, copies } of stylesheetCopies(text)) {
    if (copies > 1)
      problems.push(`${href} is in the HTML ${copies} times (npm run build empties the repeats)`);
  }
  failures.push(...problems.map((problem) => `${route}: ${problem}`));
  return [
    route,
    kind,
    kb(size.js),
    `+${kb(over)}`,
    `+${jsOverFloorKb}`,
    kb(size.html),
    kb(size.css),
    problems.length ? 'OVER' : 'ok',
  ];
});

console.log(
  `Framework floor (empty Next.js page, same config): ${kb(floor.js)} KB JS, ` +
    `${kb(floor.html)} KB HTML, ${kb(floor.css)} KB CSS (gzip -9; KB = 1000 B)\n`,
);
printTable(
  ['route', 'kind', 'JS KB', 'over floor', 'budget', 'HTML KB', 'CSS KB', 'status'],
  rows,
  'llrrrrrl',
);

// The largest page of each kind: the summary the README quotes.
const kinds = [...pageKinds, otherPageKind]
  .map(({ kind }) => kind)
  .filter((kind) => measured.some((page) => page.kind === kind));
console.log('\nLargest page of each kind:\n');
printTable(
  ['kind', 'pages', 'JS over floor', 'budget', 'HTML KB', 'CSS KB'],
  kinds.map((kind) => {
    const ofKind = measured.filter((page) => page.kind === kind);
    const max = (key) => Math.max(...ofKind.map((page) => page[key]));
    return [
      kind,
      ofKind.length,
      `+${kb(max('js') - floor.js)}`,
      `+${ofKind[0].jsOverFloorKb}`,
      kb(max('html')),
      kb(max('css')),
    ];
  }),
  'lrrrrr',
);
console.log(`\nBudgets: HTML ≤ ${htmlGzKb} KB, CSS ≤ ${cssGzKb} KB (see scripts/budgets.mjs).`);
report('size', failures);
