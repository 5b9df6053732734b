'use client';

import { useEffect } from 'react';
import { troubleshooterPath } from '@/lib/troubleshooter/links';

/** Whether the page was opened from another troubleshooter page (an answer, Change, Back link). */
export function cameFromTroubleshooter(referrer: string, origin: string): boolean {
  try {
    const from = new URL(referrer);
    return (
      from.origin === origin &&
      (from.pathname === troubleshooterPath || from.pathname.startsWith(`${troubleshooterPath}/`))
    );
  } catch {
    return false;
  }
}

/**
 * Answers are full page loads; when one lands here, focus goes to the new heading so a screen
 * reader starts at the question, not at the top of the site.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (cameFromTroubleshooter(document.referrer, window.location.origin)) {
      document.getElementById(targetId)?.focus();
    }
  }, [targetId]);
  return null;
}
