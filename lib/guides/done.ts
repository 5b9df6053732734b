import 'server-only';
import { assertLinksResolve } from '@/lib/content/site-links';
import { flowKinds, type FlowKind } from '@/lib/routes';
import { readDone, type Done } from './read-done';

export { doneSchema, type Done } from './read-done';

/** content/guides/done/<kind>.mdx: what a finished flow tells the person happens now. */
export function loadDone(kind: FlowKind): Done {
  const done = readDone(kind);
  assertLinksResolve(done.file, done.links);
  return done;
}

export function loadAllDone(): Done[] {
  return flowKinds.map(loadDone);
}
