'use client';

import { useEffect } from 'react';

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * ← and → call back while the page is open, except while the person types or holds a
 * modifier (those keys belong to the browser and assistive technology then).
 */
export function useArrowKeys(onLeft: () => void, onRight: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.shiftKey || isTyping(event.target)) return;
      if (event.key === 'ArrowRight') onRight();
      else if (event.key === 'ArrowLeft') onLeft();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLeft, onRight]);
}
