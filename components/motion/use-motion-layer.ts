'use client';

import { useSyncExternalStore } from 'react';

export type MotionLayer = typeof import('./motion-layer');

let layer: MotionLayer | null = null;
let requested = false;
const listeners = new Set<() => void>();

/**
 * Fetches the motion layer once, after the page's load event (so it never competes with the
 * page's own scripts, and never counts as first-load JavaScript). If it fails to load, the
 * page simply doesn't animate. `<html data-motion>` says where it is (empty while loading,
 * then ready or failed): whoever watches the page (the browser suite) waits for that event
 * instead of a quiet spell.
 */
function request() {
  if (requested) return;
  requested = true;
  // Empty while it loads, and written tersely: the wizard's first-load JavaScript is at its
  // budget to the byte.
  const state = (value: '' | 'ready' | 'failed') =>
    (document.documentElement.dataset.motion = value);
  state('');
  const fetchLayer = () =>
    import('./motion-layer')
      .then(async (module) => {
        await module.ready;
        layer = module;
        for (const listener of listeners) listener();
        state('ready');
      })
      .catch(() => state('failed'));
  if (document.readyState === 'complete') void fetchLayer();
  else window.addEventListener('load', fetchLayer); // `load` fires once
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  request();
  return () => listeners.delete(onChange);
}

/**
 * The motion layer's components once it has loaded; null until then, on the server and while
 * hydrating, so what renders before it is plain server HTML.
 */
export function useMotionLayer(): MotionLayer | null {
  return useSyncExternalStore(
    subscribe,
    () => layer,
    () => null,
  );
}
