#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12 (mobile defaults) on one page of each kind, served by the
// site's own server on 127.0.0.1, with the framework floor page measured in the same run.
// Gates: accessibility, best practices and SEO 100; CLS 0; performance no more than 5 points
// under the floor's median of 3 (the score swings too much on a busy 2-core machine to gate
// absolutely, so a page under that line is measured twice more and its median counts).
import net from 'node:net';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/browser.mjs';
import { classify, exportDir, htmlPages } from './lib/export.mjs';
import { ensureFloor } from './lib/floor.mjs';
import { createStaticServer, listen } from './lib/static-server.mjs';
import { printTable, report } from './lib/table.mjs';

const floorRuns = 3;
const allowedPerformanceGap = 5;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const root = exportDir();
const pages = htmlPages(root);

/** One page of each kind the issue names, picked from what the export has today. */
function pickPages() {
  const byKind = (kind) => pages.filter(({ route, html }) => classify(route, html).kind === kind);
  const first = (candidates, preferred) =>
    candidates.find(({ route }) => route === preferred) ?? candidates[0];
  return [
    { label: 'home', page: first(pages, '/') },
    { label: 'guide', page: first(byKind('wizard'), '/guide/desktop') },
    {
      label: 'troubleshooter question',
      page: first(byKind('troubleshooter question'), '/troubleshoot'),
    },
    { label: 'troubleshooter outcome', page: first(byKind('troubleshooter outcome')) },
    { label: 'faq', page: first(byKind('faq'), '/faq') },
  ];
}

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const score = (lhr, category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** Audits that cost a category points, for the failure message. */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
    .map((ref) => ref.id);
}

const started = Date.now();
const floorDir = ensureFloor();
const ours = createStaticServer(root);
const floor = createStaticServer(floorDir);
const [oursUrl, floorUrl] = [await listen(ours, 0), await listen(floor, 0)];
const debuggingPort = await freePort();
const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: [...chromiumArgs, `--remote-debugging-port=${debuggingPort}`],
});

let lighthouseVersion = '';
async function audit(url, onlyCategories) {
  const result = await lighthouse(url, {
    port: debuggingPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories,
    // Screenshots are for reading a report, not scored; leaving them out saves seconds a run.
    skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  lighthouseVersion = result.lhr.lighthouseVersion;
  return result.lhr;
}

const failures = [];
const rows = [];
const notes = [];
try {
  const floorScores = [];
  for (let run = 0; run < floorRuns; run += 1) {
    floorScores.push(score(await audit(`${floorUrl}/`, ['performance']), 'performance'));
  }
  const floorMedian = median(floorScores);
  const line = floorMedian - allowedPerformanceGap;
  rows.push([
    'floor (empty Next.js page)',
    '/',
    `${floorMedian} (${floorScores.join(', ')})`,
    '–',
    '–',
    '–',
    '–',
    '–',
    '–',
  ]);

  for (const { label, page } of pickPages()) {
    if (!page) {
      notes.push(`No ${label} page in the export yet: skipped.`);
      continue;
    }
    const url = `${oursUrl}${page.route}`;
    const lhr = await audit(url, categories);
    const performance = [score(lhr, 'performance')];
    if (performance[0] < line) {
      for (let rerun = 0; rerun < 2; rerun += 1)
        performance.push(score(await audit(url, ['performance']), 'performance'));
    }
    const ourPerformance = median(performance);
    const cls = lhr.audits['cumulative-layout-shift'].numericValue;
    const problems = [];
    if (ourPerformance < line) {
      problems.push(
        `performance ${ourPerformance} < floor ${floorMedian} − ${allowedPerformanceGap}`,
      );
    }
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      if (score(lhr, category) < 100) {
        problems.push(
          `${category} ${score(lhr, category)} (${lostPoints(lhr, category).join(', ')})`,
        );
      }
    }
    if (cls !== 0) problems.push(`CLS ${cls.toFixed(3)}`);
    failures.push(...problems.map((problem) => `${page.route} (${label}): ${problem}`));
    rows.push([
      label,
      page.route,
      performance.length > 1 ? `${ourPerformance} (${performance.join(', ')})` : ourPerformance,
      score(lhr, 'accessibility'),
      score(lhr, 'best-practices'),
      score(lhr, 'seo'),
      cls.toFixed(3),
      `${(lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s`,
      `${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms`,
    ]);
  }
  console.log(
    `Lighthouse ${lighthouseVersion} · mobile defaults (simulated throttling) · ${oursUrl}\n`,
  );
  printTable(
    ['page', 'route', 'performance', 'a11y', 'best practices', 'SEO', 'CLS', 'LCP', 'TBT'],
    rows,
    'llrrrrrrr',
  );
  console.log(
    `\nPerformance gate: ≥ floor median ${floorMedian} − ${allowedPerformanceGap} = ${line}.`,
  );
  for (const note of notes) console.log(note);
} finally {
  await browser.close();
  ours.close();
  floor.close();
}
console.log(`Took ${Math.round((Date.now() - started) / 1000)} s.`);
report('lighthouse', failures);
