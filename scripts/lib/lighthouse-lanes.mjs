// Lighthouse runs, two at a time. A DevTools-throttled run spends 10 s of its 13 or so waiting
// for 5 s of network quiet and then 5 s of CPU quiet (Lighthouse fixes those windows for any
// real throttling), so two Chromiums, each running one audit at a time and started a few
// seconds apart, finish in about half the time while their page loads rarely overlap.
import net from 'node:net';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const laneCount = 2;
const staggerMs = 5000;

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A Chromium and the thread that drives Lighthouse in it. */
async function launch() {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
  });
  const worker = new Worker(new URL('./lighthouse-worker.mjs', import.meta.url), {
    workerData: { port },
  });
  /** One Lighthouse audit ({ url, method, categories }); resolves with the report. */
  const audit = async (job) => {
    worker.postMessage(job);
    const [{ lhr, error }] = await once(worker, 'message');
    if (error) throw new Error(error);
    return lhr;
  };
  const close = async () => {
    await worker.terminate();
    await browser.close();
  };
  return { audit, close };
}

/** Two Chromiums; `run(jobs)` audits every job, two at a time, and returns the reports in order. */
export async function openLanes() {
  const lanes = await Promise.all(Array.from({ length: laneCount }, launch));
  return {
    async run(jobs) {
      const reports = [];
      let next = 0;
      const work = async ({ audit }, lane) => {
        if (lane > 0) await new Promise((resolve) => setTimeout(resolve, lane * staggerMs));
        while (next < jobs.length) {
          const index = next++;
          reports[index] = await audit(jobs[index]);
        }
      };
      await Promise.all(lanes.map(work));
      return reports;
    },
    close: () => Promise.all(lanes.map((lane) => lane.close())),
  };
}
