// One lane's Lighthouse: Lighthouse keeps global timing marks, so concurrent audits each need
// their own thread. Receives { url, method, categories } and answers with the report (or an
// error message), auditing in the Chromium listening on workerData.port.
import { parentPort, workerData } from 'node:worker_threads';
import lighthouse from 'lighthouse';
import { methods } from './lighthouse-methods.mjs';

parentPort.on('message', async ({ url, method, categories = ['performance'] }) => {
  try {
    const flags = { ...methods[method], port: workerData.port, onlyCategories: categories };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    parentPort.postMessage({ lhr: result.lhr });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
