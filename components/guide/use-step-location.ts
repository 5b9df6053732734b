'use client';

import { useCallback, useEffect, useState } from 'react';
import { DONE_SEGMENT } from '@/lib/routes';
import { stepIndexOf } from '@/lib/guides/segments';

function indexFromPath(pathname: string, basePath: string, ids: readonly string[]): number | null {
  const path = pathname.replace(/\/$/, '');
  if (path !== basePath && !path.startsWith(`${basePath}/`)) return null;
  return stepIndexOf(ids, path.slice(basePath.length + 1));
}

/**
 * The wizard's position lives in the URL: every step has its own pre-rendered page, and
 * moving between steps pushes that page's URL, so reload, shared links and the browser's
 * Back button all land on the same step. Index ids.length is the done panel; direction is 0
 * until the first move, then 1 for a move forward and -1 for one back.
 */
export function useStepLocation(basePath: string, ids: readonly string[], initialIndex: number) {
  const [index, setIndex] = useState(initialIndex);
  const [direction, setDirection] = useState(0);

  useEffect(() => {
    const onPopState = () => {
      const next = indexFromPath(window.location.pathname, basePath, ids);
      if (next === null) return;
      setIndex((current) => {
        setDirection(next >= current ? 1 : -1);
        return next;
      });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [basePath, ids]);

  const goTo = useCallback(
    (next: number) => {
      if (next < 0 || next > ids.length || next === index) return;
      setDirection(next > index ? 1 : -1);
      setIndex(next);
      const segment = next === ids.length ? DONE_SEGMENT : ids[next];
      // Same page, new URL. Carrying the current entry's state (Next's router marks its entries)
      // makes Next pass the push straight through instead of syncing its router to it: that
      // sync writes the URL again a moment later and, if Back was pressed meanwhile, would put
      // the new URL on the entry Back just returned to.
      window.history.pushState({ ...window.history.state }, '', `${basePath}/${segment}`);
    },
    [basePath, ids, index],
  );

  return { index, direction, goTo };
}
