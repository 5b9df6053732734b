// What `npm run size` checks and `npm run bench` reports: each page's first-load JavaScript
// (over the framework floor), HTML and CSS, gzipped, against scripts/budgets.mjs.
// Hand-written: budgets relative to a floor built in the same run, per kind of page, which no size
// tool measures.
import fs from 'node:fs';
import path from 'node:path';
import { cssGzKb, htmlGzKb, otherPageKind, pageKinds } from '../budgets.mjs';
import { ensureFloor } from './floor.mjs';
import { assetFile, classify, gzipSize, htmlPages, kb } from './export.mjs';
import { scriptSources, stylesheetHrefs } from './html.mjs';

/** Sizes of one page: JS (every script src but noModule), its HTML and linked CSS, gzipped. */
function measure(dir, route, html, file, failures) {
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

/**
 * Every page of the export in `root` measured beside the floor (built if needed):
 * { floor, pages: [{ route, kind, jsOverFloorKb, js, css, html, problems }], failures }.
 */
export function measureExport(root) {
  const failures = [];
  const floorDir = ensureFloor();
  const floorFile = path.join(floorDir, 'index.html');
  const floor = measure(floorDir, 'floor', fs.readFileSync(floorFile, 'utf8'), floorFile, failures);
  const pages = htmlPages(root).map(({ route, file, html }) => {
    const { kind, jsOverFloorKb } = classify(route, html);
    const size = measure(root, route, html, file, failures);
    const over = size.js - floor.js;
    const problems = [];
    if (over > jsOverFloorKb * 1000)
      problems.push(`JS floor + ${kb(over)} KB > floor + ${jsOverFloorKb} KB (${kind})`);
    if (size.html > htmlGzKb * 1000) problems.push(`HTML ${kb(size.html)} KB > ${htmlGzKb} KB`);
    if (size.css > cssGzKb * 1000) problems.push(`CSS ${kb(size.css)} KB > ${cssGzKb} KB`);
    failures.push(...problems.map((problem) => `${route}: ${problem}`));
    return { route, kind, jsOverFloorKb, ...size, problems };
  });
  return { floor, pages, failures };
}

/** The largest page of each kind, as table rows: the summary docs/quality.md quotes. */
export function largestOfEachKind({ floor, pages }) {
  return [...pageKinds, otherPageKind]
    .map(({ kind }) => pages.filter((page) => page.kind === kind))
    .filter((ofKind) => ofKind.length > 0)
    .map((ofKind) => {
      const max = (key) => Math.max(...ofKind.map((page) => page[key]));
      return [
        ofKind[0].kind,
        ofKind.length,
        `+${kb(max('js') - floor.js)}`,
        `+${ofKind[0].jsOverFloorKb}`,
        kb(max('html')),
        kb(max('css')),
      ];
    });
}

export const largestHeader = ['kind', 'pages', 'JS over floor', 'budget', 'HTML KB', 'CSS KB'];
