import { domAnimation } from 'framer-motion';

// framer-motion's animation features for LazyMotion, fetched by import() from the motion layer.
export default domAnimation;
