import type { Transition, Variants } from 'framer-motion';

/**
 * Animation as data, played by the motion layer (components/motion/motion-layer.tsx).
 * Something arriving (a wizard step, a troubleshooter node) fades in from a small offset in
 * 220 ms; under prefers-reduced-motion it only fades. The highlight pulse is the one longer
 * movement: a slow ripple, repeated a few times, that draws the eye once and then stops.
 */
const arrivalTransition: Transition = { duration: 0.22, ease: [0.2, 0, 0, 1] };

/** Where an arriving element starts, in px from its place. */
export interface Offset {
  x?: number;
  y?: number;
}

/** Under reduced motion nothing moves: the element fades in where it is. */
export const inPlace: Offset = {};

/** `custom` is the element's starting Offset. */
export const arrivalVariants: Variants = {
  enter: ({ x = 0, y = 0 }: Offset) => ({ opacity: 0, x, y }),
  center: { opacity: 1, x: 0, y: 0, transition: arrivalTransition },
};

/** A wizard step enters from the side it comes from: direction 1 = forward, -1 = back. */
export const stepOffset = (direction: number): Offset => ({ x: direction * 24 });

/** A troubleshooter node rises a little as it fades in. */
export const nodeOffset: Offset = { y: 12 };

/** The highlight ring's ripple: 1.2 s, three repeats, then still. */
export const pulseTransition: Transition = { duration: 1.2, repeat: 3, ease: 'easeInOut' };
export const pulseRipple = { opacity: [0.9, 0], scale: [1, 1.18] };
/** The same pulse under reduced motion: it fades in place, never scales. */
export const pulseFade = { opacity: [0.9, 0] };
