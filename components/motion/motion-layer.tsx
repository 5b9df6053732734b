'use client';

import { LazyMotion, m, useInView, type HTMLMotionProps, type SVGMotionProps } from 'framer-motion';
import { useRef, useState, type ReactNode } from 'react';
import {
  arrivalVariants,
  inPlace,
  pulseFade,
  pulseRipple,
  pulseTransition,
  type Offset,
} from '@/lib/motion';

/**
 * Every animation on the site, and all of framer-motion the site loads: this module is only
 * ever imported by use-motion-layer.ts, after the page has loaded, so none of it is in the
 * first-load JavaScript. framer-motion goes through LazyMotion: `strict` forbids the heavy
 * `motion.*` components, and the animation features arrive by their own import(), started
 * as soon as this module runs so the first animation never waits for them.
 */
const features = import('./motion-features').then((module) => module.default);

/** Resolves once the features have arrived too; rejects if either failed to load. */
export const ready = features.then(() => undefined);

function Motion({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={() => features} strict>
      {children}
    </LazyMotion>
  );
}

/**
 * Read once per animation, as it starts (an animation is too short to follow a change).
 * Where there is no matchMedia (an old browser, some test DOMs), nothing asks for less motion.
 */
const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** A div that fades in from `from` to its place (only fades under reduced motion). */
export function Enter({ from, ...props }: HTMLMotionProps<'div'> & { from: Offset }) {
  const [start] = useState(() => (prefersReducedMotion() ? inPlace : from));
  return (
    <Motion>
      <m.div
        {...props}
        custom={start}
        variants={arrivalVariants}
        initial="enter"
        animate="center"
      />
    </Motion>
  );
}

// A browser without IntersectionObserver can't tell when the picture is seen: there the ring
// simply stays still.
const canObserve = () => typeof IntersectionObserver !== 'undefined';
const nothing = { current: null };

/**
 * A ring that ripples out a few times once it is on screen (inactive steps are hidden, so
 * each pulses when reached), then rests invisible.
 */
export function Pulse(props: SVGMotionProps<SVGRectElement>) {
  const ref = useRef<SVGRectElement>(null);
  const seen = useInView(canObserve() ? ref : nothing, { once: true });
  const [pulse] = useState(() => (prefersReducedMotion() ? pulseFade : pulseRipple));
  return (
    <Motion>
      <m.rect
        ref={ref}
        {...props}
        initial={{ opacity: 0 }}
        animate={seen ? pulse : undefined}
        transition={pulseTransition}
      />
    </Motion>
  );
}
