'use client';

import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Arrival } from '@/components/motion/arrival';
import { nodeOffset } from '@/lib/motion';
import { isTroubleshooterPath } from '@/lib/routes';

const subscribe = () => () => {};

/** Whether the page was opened from another troubleshooter page (an answer, Change, Back link). */
export function cameFromTroubleshooter(referrer: string, origin: string): boolean {
  try {
    const from = new URL(referrer);
    return from.origin === origin && isTroubleshooterPath(from.pathname);
  } catch {
    return false;
  }
}

/**
 * Wraps each troubleshooter page (as the route's template, which remounts on every
 * navigation). After a client-side answer, Change, Back or Start again the new node rises and
 * fades in and its heading takes focus. On a page load nothing animates: the server HTML
 * shows as it is, and focus moves only when another troubleshooter page led here.
 */
export function NodeTransition({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // React hydrates the server's HTML on a page load (the server snapshot, true) and mounts
  // fresh on a client-side navigation (false); the first render's answer is kept.
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [navigated] = useState(!hydrating);
  useLayoutEffect(() => {
    if (!navigated && !cameFromTroubleshooter(document.referrer, window.location.origin)) return;
    // So a screen reader starts at the new question, not the site's top.
    ref.current?.querySelector<HTMLElement>('h1[tabindex="-1"]')?.focus();
  }, [navigated]);
  return (
    <Arrival ref={ref} arrived={navigated} from={nodeOffset} data-node-transition>
      {children}
    </Arrival>
  );
}
