import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { MotionGlobalConfig } from 'framer-motion';

// Tests assert where the wizard ends up, not how it animates there.
MotionGlobalConfig.skipAnimations = true;

afterEach(() => {
  cleanup();
});
