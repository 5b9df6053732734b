'use client';

import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { nodeEnter, nodeEnterReduced, nodeEnterTransition } from '@/lib/motion';
import { isTroubleshooterPath } from '@/lib/routes';
import { loadAnimate } from './load-animate';

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

/** Focus the node's heading, so a screen reader starts at the new question, not the site's top. */
function focusHeading(container: HTMLElement) {
  container.querySelector<HTMLElement>('h1[tabindex="-1"]')?.focus();
}

/** Fades (and, unless reduced motion is asked for, raises) the new node in; returns a stop. */
function enter(element: HTMLElement): () => void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Hidden until the animation starts so the node doesn't flash in ahead of it; the
  // animation ends at the page's own styles, and a failed load shows the node at once.
  element.style.opacity = '0';
  const reset = () => {
    element.style.removeProperty('opacity');
    element.style.removeProperty('transform');
  };
  let stopped = false;
  let stopAnimation = () => {};
  loadAnimate()
    .then((animate) => {
      if (stopped) return;
      const animation = animate(
        element,
        reduce ? nodeEnterReduced : nodeEnter,
        nodeEnterTransition,
      );
      stopAnimation = () => animation.stop();
      return animation.finished;
    })
    .catch(() => {})
    .finally(reset);
  return () => {
    stopped = true;
    stopAnimation();
    reset();
  };
}

/**
 * Wraps each troubleshooter page (as the route's template, which remounts on every
 * navigation). After a client-side answer, Change, Back or Start again the new node animates
 * in and its heading takes focus. On a page load nothing is hidden or animated: the server
 * HTML shows as it is, and focus moves only when another troubleshooter page led here.
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
    const element = ref.current;
    if (!element) return;
    if (navigated) {
      focusHeading(element);
      return enter(element);
    }
    if (cameFromTroubleshooter(document.referrer, window.location.origin)) focusHeading(element);
    // Warm the animation code for the first answer; a failure here shows up again there.
    loadAnimate().catch(() => {});
  }, [navigated]);
  return (
    <div ref={ref} data-node-transition>
      {children}
    </div>
  );
}
