import { domAnimation } from 'framer-motion';

// Loaded by import() from MotionProvider, so the animation engine arrives after hydration
// instead of in the first-load bundle.
export default domAnimation;
