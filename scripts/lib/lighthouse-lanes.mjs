// Lighthouse runs in two Chromiums, one audit at a time in each. A DevTools-throttled run's paint
// times are the page's real work on a 4× slower CPU, so nothing else may run while it loads:
// measured on 2 cores, two lanes running freely put our pages at 1.28 × the floor's LCP where one
// lane put the same pages at 1.13 ×. Such a run mostly waits out Lighthouse's fixed 5 s quiet
// windows, though, so the lanes share one turn (scripts/lib/lighthouse-worker.mjs says when a lane
// holds it) and each does its busy work while the other waits.
import net from 'node:net';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const laneCount = 2;

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A Chromium and the thread that drives Lighthouse in it, taking turns through `turn`. */
async function launch(turn, lane) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
  });
  const worker = new Worker(new URL('./lighthouse-worker.mjs', import.meta.url), {
    workerData: { port, turn, lane },
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

/** The Chromiums; `run(jobs)` audits every job and returns the reports in the jobs' order. */
export async function openLanes() {
  const turn = new SharedArrayBuffer(8);
  const lanes = await Promise.all(
    Array.from({ length: laneCount }, (_, lane) => launch(turn, lane)),
  );
  return {
    async run(jobs) {
      const reports = [];
      let next = 0;
      const work = async ({ audit }) => {
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
