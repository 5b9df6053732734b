#!/usr/bin/env node
// `npm run bench`: Lighthouse 12 by two methods (scripts/lib/lighthouse-methods.mjs) on one page
// of each kind that loads something the others don't, beside the framework floor, served by the
// site's own server on 127.0.0.1. One audit at a time, `--runs N` rounds (default 3), medians.
// Prints the tables and writes them, with the machine and the build's sizes, between the markers
// in docs/quality.md. Timings are reported, never gated (they swing on a shared machine); only an
// accessibility, best-practices or SEO score below 100 fails it.
// Hand-written because it is the glue between Lighthouse's API, our page classifier and our
// own server; there is nothing generic to buy for that.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './lib/browser.mjs';
import { exportDir, htmlPages, kb, onePagePerKind } from './lib/export.mjs';
import { ensureFloor } from './lib/floor.mjs';
import { lostPoints, median, methods, metrics, score, seconds } from './lib/lighthouse-methods.mjs';
import { loadLighthouse } from './lib/lighthouse.mjs';
import { largestHeader, largestOfEachKind, measureExport } from './lib/page-sizes.mjs';
import { createStaticServer, listen } from './lib/static-server.mjs';
import { formatTable, report } from './lib/table.mjs';

const { lighthouse, version: lighthouseVersion } = await loadLighthouse();

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > -1 ? Number(process.argv[runsFlag + 1]) : 3;
const reportFile = 'docs/quality.md';
const [startMarker, endMarker] = ['<!-- bench:start -->', '<!-- bench:end -->'];
const scored = ['accessibility', 'best-practices', 'seo'];
// The learn pages, the map and the 404 page load nothing that home or an outcome doesn't.
const auditedKinds = ['home', 'wizard', 'troubleshooter question', 'troubleshooter outcome', 'faq'];

const started = Date.now();
const loadBefore = os.loadavg();
const root = exportDir();
const sizes = measureExport(root);
const ours = createStaticServer(root);
const floor = createStaticServer(ensureFloor());
const [oursUrl, floorUrl] = [await listen(ours, 0), await listen(floor, 0)];
const pages = [
  { kind: 'floor (empty Next.js page)', route: '/', url: `${floorUrl}/`, isFloor: true },
  ...onePagePerKind(htmlPages(root))
    .filter(({ kind }) => auditedKinds.includes(kind))
    .map(({ kind, route }) => ({ kind, route, url: `${oursUrl}${route}` })),
].map((page) => ({ ...page, devtools: [], simulated: [] }));

/** A free port for Chromium's DevTools endpoint, which Lighthouse connects to. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Requests a page and every script it names once, so no audit pays for a cold server cache. */
async function warm({ url }) {
  const headers = { 'accept-encoding': 'gzip' };
  const html = await (await fetch(url, { headers })).text();
  const assets = new Set([...html.matchAll(/(?:src|href)="(\/_next\/[^"]+)"/g)].map((m) => m[1]));
  for (const asset of assets) await (await fetch(new URL(asset, url), { headers })).arrayBuffer();
}

const port = await freePort();
const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: [...chromiumArgs, `--remote-debugging-port=${port}`],
});

/** One Lighthouse audit; the simulated one (Lighthouse's default) also scores the categories. */
async function audit(page, method) {
  const onlyCategories = method === 'simulated' ? ['performance', ...scored] : ['performance'];
  const result = await lighthouse(page.url, { ...methods[method], port, onlyCategories });
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${page.url}: ${lhr.runtimeError.message}`);
  const categories = Object.fromEntries(
    scored.filter((id) => lhr.categories[id]).map((id) => [id, score(lhr, id)]),
  );
  const lost = scored.filter((id) => categories[id] < 100).map((id) => lostPoints(lhr, id));
  return { ...metrics(lhr), performance: score(lhr, 'performance'), categories, lost };
}

try {
  for (const page of pages) await warm(page);
  // Round by round, so a busy spell on the machine weighs on the floor and our pages alike.
  for (let round = 1; round <= runs; round += 1) {
    for (const page of pages) {
      for (const method of ['devtools', 'simulated']) {
        process.stdout.write(`round ${round}/${runs}: ${method} ${page.kind} ${page.route}\n`);
        page[method].push(await audit(page, method));
      }
    }
  }
} finally {
  await browser.close();
  ours.close();
  floor.close();
}

const middle = (list, key) => median(list.map((run) => run[key]));
const ms = (value) => `${Math.round(value)} ms`;
const worstCls = (list) => Math.max(...list.map((run) => run.cls)).toFixed(3);
const floorPage = pages[0];
const floorLcp = middle(floorPage.devtools, 'lcp');
/** The median with every run beside it, so the spread is in the report. */
const spread = (list, key, format = String) =>
  list.length > 1
    ? `${format(middle(list, key))} (${list.map((run) => format(run[key])).join(', ')})`
    : format(middle(list, key));
/** The lowest score of a category over the runs, '–' for the floor. */
const lowest = (page, id) =>
  page.isFloor ? '–' : Math.min(...page.simulated.map((run) => run.categories[id]));

const devtoolsTable = formatTable(
  ['page', 'route', 'LCP', 'LCP ÷ floor', 'FCP', 'TBT', 'CLS'],
  pages.map(({ kind, route, devtools }) => [
    kind,
    `\`${route}\``,
    spread(devtools, 'lcp', seconds),
    (middle(devtools, 'lcp') / floorLcp).toFixed(2),
    seconds(middle(devtools, 'fcp')),
    ms(middle(devtools, 'tbt')),
    worstCls(devtools),
  ]),
  'llrrrrr',
);
const simulatedTable = formatTable(
  ['page', 'route', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'a11y', 'best practices', 'SEO'],
  pages.map((page) => [
    page.kind,
    `\`${page.route}\``,
    spread(page.simulated, 'performance'),
    seconds(middle(page.simulated, 'fcp')),
    seconds(middle(page.simulated, 'lcp')),
    ms(middle(page.simulated, 'tbt')),
    worstCls(page.simulated),
    ...scored.map((id) => lowest(page, id)),
  ]),
  'llrrrrrrrr',
);

const failures = pages
  .filter((page) => !page.isFloor)
  .flatMap((page) =>
    page.simulated.flatMap((run) =>
      run.lost.length
        ? [`${page.route} (${page.kind}): lost points on ${run.lost.join(', ')}`]
        : [],
    ),
  );

const cpus = os.cpus();
const gb = (bytes) => (bytes / 1e9).toFixed(1);
const load = (values) => values.map((value) => value.toFixed(2)).join(', ');
const minutes = (Date.now() - started) / 60_000;
const generated = `${startMarker}

<!-- Written by \`npm run bench\` (scripts/bench.mjs); edits between these markers are replaced. -->

Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` in ${minutes.toFixed(1)} min:
${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${gb(os.totalmem())} GB memory,
Node ${process.version}, Lighthouse ${lighthouseVersion}, ${sizes.pages.length} pages. Load average
(1, 5, 15 min) ${load(loadBefore)} at the start and ${load(os.loadavg())} at the end: on 2 cores,
anything above about 1 means other work shared the CPU with the audits and the timings are slower
and noisier than on a quiet machine.

### Size

gzip -9, KB = 1000 B. The framework floor (an empty Next.js page built with our own
\`next.config.mjs\` in \`.floor/\`) loads **${kb(sizes.floor.js)} KB** of JavaScript. Largest page
of each kind (\`npm run size\` fails a page over its budget; see \`scripts/budgets.mjs\`):

${formatTable(largestHeader, largestOfEachKind(sizes), 'lrrrrr')}

### Lighthouse, DevTools throttling

What a phone sees: each page really loads as a Pixel 7 on slow 4G would (150 ms round trips,
1.6 Mbps down, 750 Kbps up, a 4× slower CPU). Median of ${runs} run(s), each in brackets.

${devtoolsTable}

### Lighthouse, simulated throttling

Lighthouse's default, the score a report shows: the page loads unthrottled and Lighthouse
computes what a slow phone would have seen. Median of ${runs} run(s); accessibility, best practices
and SEO are the lowest of the runs (and fail \`npm run bench\` below 100).

${simulatedTable}

${endMarker}`;

fs.mkdirSync('docs', { recursive: true });
const previous = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
const [start, end] = [previous.indexOf(startMarker), previous.indexOf(endMarker)];
const written =
  start > -1 && end > start
    ? previous.slice(0, start) + generated + previous.slice(end + endMarker.length)
    : `# Quality\n\n${generated}\n${previous}`;
fs.writeFileSync(reportFile, written);

console.log(`\n${generated.slice(startMarker.length, -endMarker.length).trim()}\n`);
console.log(`Wrote ${reportFile}.`);
report('bench', failures);
