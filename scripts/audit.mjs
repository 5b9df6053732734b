#!/usr/bin/env node
// `npm run audit`: every quality check against the export already in out/ (run `npm run build`
// first), one after another so timings mean something on a 2-core machine. A failing check does
// not stop the others; the summary names each one, its time and its result.
import { spawnSync } from 'node:child_process';
import { printTable } from './lib/table.mjs';

const steps = [
  ['size', 'first-load JS over the floor, HTML and CSS budgets'],
  ['validate:html', 'html-validate, 0 errors'],
  ['links', 'internal links resolve, external only to listed linkedin.com or cited sources'],
  ['headers:check', 'out/_headers current, every page CSP strict'],
  ['lighthouse', 'a11y / best practices / SEO 100, CLS 0, LCP and perf vs floor'],
  ['bench:load', '200 connections × 10 s: 0 errors, 0 non-2xx'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rows = [];
const started = Date.now();
for (const [script, what] of steps) {
  console.log(`\n━━ npm run ${script} ━━`);
  const begin = Date.now();
  const { status } = spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit' });
  rows.push([
    script,
    what,
    `${((Date.now() - begin) / 1000).toFixed(1)} s`,
    status === 0 ? 'pass' : 'FAIL',
  ]);
}

console.log('\n━━ audit summary ━━');
printTable(['check', 'what', 'time', 'result'], rows, 'llrl');
console.log(`\nTotal: ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (rows.some((row) => row[3] !== 'pass')) process.exitCode = 1;
