#!/usr/bin/env node
// `npm run audit`: every deterministic check against the export already in out/ (run
// `npm run build` first). A failing check does not stop the others; the summary names each one
// and its result. Timings are `npm run bench`'s job, never a gate here.
// Hand-written: five lines of spawnSync; a task runner would be a dependency for a loop.
import { spawnSync } from 'node:child_process';
import { printTable } from './lib/table.mjs';

const steps = [
  ['size', 'first-load JS over the floor, HTML and CSS budgets'],
  ['validate:html', 'html-validate, 0 errors'],
  ['links', 'internal links resolve, external only to listed linkedin.com or cited sources'],
  ['headers:check', 'out/_headers current, every page CSP strict'],
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
