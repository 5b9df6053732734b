import { tree } from '@/content/troubleshooter/tree';
import type { FlowKind } from '@/lib/guides/schema';
import type { Platform } from '@/lib/platform/platforms';

export const troubleshooterPath = '/troubleshoot';

/**
 * The page of one node of the tree. The first question is asked on the entry page (with the
 * device question and the guide-step note), so the start node's page is the entry page: it has
 * one address, and Change or Back to it lands where a guide's link would.
 */
export function nodeHref(id: string): string {
  return id === tree.start ? troubleshooterPath : `${troubleshooterPath}/${id}`;
}

/**
 * The way into the troubleshooter from a guide: the platform (stored as the person's choice
 * by the head script, so the device question is skipped) and the step they were on, which
 * the entry page names with a link back. `flow` only needs saying for the remove-connection
 * guide, whose step ids can repeat the withdraw guide's.
 */
export function troubleshooterHref(
  platform?: Platform,
  stepId?: string,
  flow: FlowKind = 'withdraw',
): string {
  const query = new URLSearchParams();
  if (platform) query.set('platform', platform);
  if (stepId) {
    query.set('step', stepId);
    if (flow !== 'withdraw') query.set('flow', flow);
  }
  const search = query.toString();
  return search ? `${troubleshooterPath}?${search}` : troubleshooterPath;
}
