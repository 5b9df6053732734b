#!/usr/bin/env node
// `npm run audit`: every deterministic check against the export already in out/ (run
// `npm run build` first). A failing check does not stop the others; the summary names each one
// and its result. Timings are `npm run bench`'s job, never a gate here. The checks only read
// out/, so they run side by side, one per core; each one's output is printed whole, in order.
// Hand-written: a few lines of spawn; a task runner would be a dependency for a loop.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { printTable } from './lib/table.mjs';

const steps = [
  ['size', 'first-load JS over the floor, HTML and CSS budgets'],
  ['validate:html', 'html-validate, 0 errors'],
  ['links', 'internal links resolve, external only to listed linkedin.com or cited sources'],
  ['headers:check', 'out/_headers current, every page CSP strict'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();

/** Runs one check with its output captured: { output, status, seconds }. */
function run(script) {
  return new Promise((resolve) => {
    const begin = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) =>
      resolve({ output: Buffer.concat(output), status, seconds: (Date.now() - begin) / 1000 }),
    );
  });
}

// Each check starts when a core is free; results are printed in the list's order.
const lanes = Math.max(1, Math.min(steps.length, os.availableParallelism()));
const results = new Array(steps.length);
let next = 0;
await Promise.all(
  Array.from({ length: lanes }, async () => {
    while (next < steps.length) {
      const index = next++;
      results[index] = run(steps[index][0]);
      await results[index];
    }
  }),
);

const rows = [];
for (const [index, [script, what]] of steps.entries()) {
  const { output, status, seconds } = await results[index];
  console.log(`\n━━ npm run ${script} ━━`);
  process.stdout.write(output);
  rows.push([script, what, `${seconds.toFixed(1)} s`, status === 0 ? 'pass' : 'FAIL']);
}

console.log('\n━━ audit summary ━━');
printTable(['check', 'what', 'time', 'result'], rows, 'llrl');
console.log(`\nTotal: ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (rows.some((row) => row[3] !== 'pass')) process.exitCode = 1;
