'use client';

import { useMotionLayer } from '@/components/motion/use-motion-layer';

/**
 * A ripple out of the highlight ring, a few times, once its step is on screen (the motion
 * layer's Pulse). Until the layer has loaded, and without JavaScript, it is an invisible ring
 * and the static one beside it does the work.
 */
export function HighlightPulse(props: {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
}) {
  const layer = useMotionLayer();
  const ring = { ...props, fill: 'none', strokeWidth: 3, className: 'stroke-accent' };
  return layer ? <layer.Pulse {...ring} data-pulse /> : <rect {...ring} opacity={0} data-pulse />;
}
