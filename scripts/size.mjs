#!/usr/bin/env node
// `npm run size`: first-load JavaScript, HTML and CSS (gzip) of every page in the export,
// JavaScript shown over the framework floor, checked against scripts/budgets.mjs.
// Hand-written because the budget is relative to a floor built in the same run, per kind of
// page, which no size tool we found measures.
import { cssGzKb, htmlGzKb } from './budgets.mjs';
import { exportDir, kb } from './lib/export.mjs';
import { largestHeader, largestOfEachKind, measureExport } from './lib/page-sizes.mjs';
import { printTable, report } from './lib/table.mjs';

const measured = measureExport(exportDir());
const { floor, pages, failures } = measured;

console.log(
  `Framework floor (empty Next.js page, same config): ${kb(floor.js)} KB JS, ` +
    `${kb(floor.html)} KB HTML, ${kb(floor.css)} KB CSS (gzip -9; KB = 1000 B)\n`,
);
printTable(
  ['route', 'kind', 'JS KB', 'over floor', 'budget', 'HTML KB', 'CSS KB', 'status'],
  pages.map((page) => [
    page.route,
    page.kind,
    kb(page.js),
    `+${kb(page.js - floor.js)}`,
    `+${page.jsOverFloorKb}`,
    kb(page.html),
    kb(page.css),
    page.problems.length ? 'OVER' : 'ok',
  ]),
  'llrrrrrl',
);
console.log('\nLargest page of each kind:\n');
printTable(largestHeader, largestOfEachKind(measured), 'lrrrrr');
console.log(`\nBudgets: HTML ≤ ${htmlGzKb} KB, CSS ≤ ${cssGzKb} KB (see scripts/budgets.mjs).`);
report('size', failures);
