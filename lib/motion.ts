import type { AnimationOptions, DOMKeyframesDefinition, Transition, Variants } from 'framer-motion';

/**
 * Animation as data. Durations stay within 150–300 ms. Under prefers-reduced-motion the
 * wizard passes direction 0, so a step only fades; MotionConfig reducedMotion="user" covers
 * every other `m.*` transform.
 */
export const stepTransition: Transition = { duration: 0.22, ease: [0.2, 0, 0, 1] };

/** A panel entering from the side it comes from: direction 1 = forward, -1 = back. */
export const stepVariants: Variants = {
  enter: (direction: number) => ({ opacity: 0, x: direction * 24 }),
  center: { opacity: 1, x: 0, transition: stepTransition },
};

/** A gentle pulse for highlights: a few cycles, then still. */
export const pulseTransition: Transition = { duration: 1.2, repeat: 3, ease: 'easeInOut' };

/**
 * A troubleshooter node arriving after a client-side answer, for `animate()` from
 * framer-motion/dom/mini: it rises a little as it fades in.
 */
export const nodeEnter: DOMKeyframesDefinition = {
  opacity: [0, 1],
  transform: ['translateY(12px)', 'translateY(0px)'],
};

/** The same arrival under prefers-reduced-motion: a fade, no movement. */
export const nodeEnterReduced: DOMKeyframesDefinition = { opacity: [0, 1] };

export const nodeEnterTransition: AnimationOptions = {
  duration: stepTransition.duration,
  ease: [0.2, 0, 0, 1],
};
