// Lighthouse runs in two Chromiums. A DevTools-throttled run spends 12 of its 17 s or so waiting
// for 5 s of network quiet and then 5 s of CPU quiet (Lighthouse fixes those windows for any real
// throttling), so the second Chromium audits something else meanwhile; but nothing else may run
// while a throttled page loads, or that load slows by a quarter and more (our pages, which do
// more before their first paint, more than the empty floor page).
import net from 'node:net';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';

// From the start of a DevTools run until its page is idle: the 1 s CPU benchmark Lighthouse takes
// first, the throttled load (about 2 s), the scripts it fetches after `load`, run at a quarter
// speed, and the first step's pulse (5 s of frames the trace screenshots). Simulated runs started
// at 4.5 s scored 5 points lower, at 7 s 2–10 points lower in one run of three, at 9 s as alone.
const loadingMs = 9000;

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

/**
 * Two Chromiums. `run(devtools, others)` audits the DevTools-throttled jobs one at a time in the
 * first; once each one's page is idle (`loadingMs`), the second audits the next of the other jobs
 * (simulated runs, which keep a core busy throughout), and the next DevTools run waits for it to
 * end. Other jobs left over run two at a time. Resolves with the reports of each list, in order.
 */
export async function openLanes() {
  const [first, second] = await Promise.all([launch(), launch()]);
  return {
    async run(devtools, others) {
      const devtoolsReports = [];
      const otherReports = [];
      let next = 0;
      for (const [index, job] of devtools.entries()) {
        const audit = first.audit(job).then((lhr) => (devtoolsReports[index] = lhr));
        // Its failure is awaited below; this only keeps it from counting as unhandled meanwhile.
        audit.catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, loadingMs));
        const beside = next < others.length ? next++ : -1;
        if (beside >= 0) {
          await Promise.all([
            audit,
            second.audit(others[beside]).then((lhr) => (otherReports[beside] = lhr)),
          ]);
        } else await audit;
      }
      const rest = async (lane) => {
        while (next < others.length) {
          const index = next++;
          otherReports[index] = await lane.audit(others[index]);
        }
      };
      await Promise.all([rest(first), rest(second)]);
      return [devtoolsReports, otherReports];
    },
    close: () => Promise.all([first, second].map((lane) => lane.close())),
  };
}
