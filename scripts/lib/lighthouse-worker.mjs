// One lane's Lighthouse: Lighthouse keeps global timing marks, so concurrent audits each need
// their own thread. Receives { url, method, categories } and answers with the report (or an
// error message), auditing in the Chromium listening on workerData.port.
//
// The lanes take turns at being busy (see scripts/lib/lighthouse-lanes.mjs): a lane holds the
// shared turn while it benchmarks the machine, loads a page and lets its scripts settle, or
// computes a report, and a simulated run holds it throughout. A DevTools-throttled run spends
// most of its time waiting out Lighthouse's fixed 5 s quiet windows, which is when the other
// lane takes its turn. Lighthouse reports its phases as synchronous log events, so waiting for
// the turn inside one holds Lighthouse at that point.
import { parentPort, workerData } from 'node:worker_threads';
import lighthouse from 'lighthouse';
import log from 'lighthouse-logger';
import { methods } from './lighthouse-methods.mjs';

/** How long a DevTools-throttled page keeps the turn after navigation starts: its largest paint
 * comes within 0.7 s, its scripts arrive by about 1.3 s on the throttled link. */
const settleMs = 2500;

// turn[0]: the lane holding the turn (0 for none); turn[1]: how many lanes wait for it.
const turn = new Int32Array(workerData.turn);
const me = workerData.lane + 1;
function take() {
  Atomics.add(turn, 1, 1);
  for (;;) {
    const holder = Atomics.compareExchange(turn, 0, 0, me);
    if (holder === 0 || holder === me) break;
    Atomics.wait(turn, 0, holder, 1000);
  }
  Atomics.sub(turn, 1, 1);
}
function give() {
  if (Atomics.compareExchange(turn, 0, me, 0) === me) Atomics.notify(turn, 0);
}
/** Before starting a new audit: a lane that waits (to finish its report) goes first. */
function letWaitingGoFirst() {
  for (let tries = 0; tries < 100 && Atomics.load(turn, 1) > 0; tries += 1)
    Atomics.wait(turn, 0, Atomics.load(turn, 0), 10);
}

let settled = null;
log.events.on('status', ([, message]) => {
  if (current?.method === 'devtools' && String(message).startsWith('Navigating to'))
    settled = setTimeout(give, settleMs);
});
// The navigation's end, before Lighthouse stops its trace and reads it back: the busy part.
log.events.on('statusEnd', ([, message]) => {
  if (current?.method !== 'devtools' || !String(message).startsWith('Navigating to')) return;
  clearTimeout(settled);
  take();
});

let current = null;
parentPort.on('message', async (job) => {
  const { url, method, categories = ['performance'] } = job;
  current = job;
  letWaitingGoFirst();
  take();
  try {
    const flags = { ...methods[method], port: workerData.port, onlyCategories: categories };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    parentPort.postMessage({ lhr: result.lhr });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(settled);
    current = null;
    give();
  }
});
