'use client';

import { useEffect } from 'react';

/**
 * Tells the head script (lib/platform/head-script.ts) that the page's scripts have started:
 * React has hydrated the page, so every client leaf on it has mounted in the same commit. From
 * then on the JavaScript-only controls show, and a later failure (a lazily loaded chunk) no
 * longer puts the page back to its no-JavaScript layout.
 */
export function ScriptsStarted() {
  useEffect(() => {
    document.documentElement.setAttribute('data-started', '');
  }, []);
  return null;
}
