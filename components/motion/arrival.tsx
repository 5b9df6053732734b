'use client';

import { useState, type ReactNode, type Ref } from 'react';
import type { Offset } from '@/lib/motion';
import { useMotionLayer } from './use-motion-layer';

type DataAttributes = { [name: `data-${string}`]: string | boolean | undefined };

/**
 * A div for content that may have just arrived (a wizard step, a troubleshooter node). When
 * `arrived` and the motion layer had loaded by the time it mounted, it fades in from `from`;
 * otherwise it is a plain div, so content shown before the layer loaded never starts
 * animating when it does. Remount it (a new key) for each arrival.
 */
export function Arrival({
  arrived,
  from,
  ref,
  children,
  ...data
}: {
  arrived: boolean;
  from: Offset;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
} & DataAttributes) {
  const layer = useMotionLayer();
  const [Enter] = useState(() => (arrived ? layer?.Enter : undefined));
  if (Enter) {
    return (
      <Enter ref={ref} from={from} {...data}>
        {children}
      </Enter>
    );
  }
  return (
    <div ref={ref} {...data}>
      {children}
    </div>
  );
}
