import 'server-only';
import { assertLinksResolve } from '@/lib/content/site-links';
import { doneIds, doneOf, type FlowKind } from '@/lib/routes';
import { readDone, type Done } from './read-done';

export { doneSchema, type Done } from './read-done';

/**
 * What a finished flow of this kind tells the person happens now: the done panel its kind
 * ends with (lib/routes.ts flowKindTable), content/guides/done/<id>.mdx.
 */
export function loadDone(kind: FlowKind): Done {
  const done = readDone(doneOf(kind));
  assertLinksResolve(done.file, done.links);
  return done;
}

export function loadAllDone(): Done[] {
  return doneIds.map((id) => {
    const done = readDone(id);
    assertLinksResolve(done.file, done.links);
    return done;
  });
}
