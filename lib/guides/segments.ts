/**
 * The last URL segment of a flow page names a step by its id, or the finish panel. Pure and
 * dependency-free: the server pre-renders from it and the wizard reads URLs with it.
 */
import { DONE_SEGMENT } from '@/lib/routes';

/** The index a segment names (ids.length for the done panel; 0 for none), or null if unknown. */
export function stepIndexOf(ids: readonly string[], segment: string | undefined): number | null {
  if (segment === undefined || segment === '') return 0;
  if (segment === DONE_SEGMENT) return ids.length;
  const index = ids.indexOf(segment);
  return index >= 0 ? index : null;
}
