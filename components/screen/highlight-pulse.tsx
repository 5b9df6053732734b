'use client';

import { m, useInView, useReducedMotion } from 'framer-motion';
import { useRef } from 'react';
import { MotionProvider } from '@/components/motion/motion-provider';
import { pulseTransition } from '@/lib/motion';

const ripple = { opacity: [0.9, 0], scale: [1, 1.18] };
const fade = { opacity: [0.9, 0] };
// jsdom (and any browser without IntersectionObserver) can't tell when the picture is seen:
// there the ring simply stays still.
const canObserve = typeof IntersectionObserver !== 'undefined';
const nothing = { current: null };

/**
 * A ripple out of the highlight ring, a few times, once its step is on screen (inactive steps
 * are hidden, so each pulses when reached). Under reduced motion it only fades in place: no
 * keyframe ever scales it. Without JavaScript it stays invisible and the static ring remains.
 */
export function HighlightPulse(props: {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
}) {
  const ref = useRef<SVGRectElement>(null);
  const seen = useInView(canObserve ? ref : nothing, { once: true });
  const pulse = useReducedMotion() ? fade : ripple;
  return (
    <MotionProvider>
      <m.rect
        ref={ref}
        {...props}
        data-pulse
        fill="none"
        strokeWidth={3}
        className="stroke-accent"
        initial={{ opacity: 0 }}
        animate={seen ? pulse : undefined}
        transition={pulseTransition}
      />
    </MotionProvider>
  );
}
