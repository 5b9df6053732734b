/**
 * framer-motion's small WAAPI `animate()`, kept out of first-load JavaScript: a dynamic
 * import, fetched after hydration and needed only when a node arrives by navigation.
 */
export const loadAnimate = () => import('framer-motion/dom/mini').then((module) => module.animate);
