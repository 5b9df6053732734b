import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // Loaders are marked server-only; tests run them outside a React Server environment.
      'server-only': `${import.meta.dirname}/node_modules/server-only/empty.js`,
    },
  },
  // React 19's automatic runtime, without a Vite React plugin.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'jsdom',
    // Vitest leaves a core free by default, which on a 2-core machine is one file at a time; the
    // suite is mostly per-file start-up, so using both cores takes it from 78 s to 59 s.
    maxWorkers: '100%',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'tests/e2e/**', '.next/**', 'out/**', '.floor/**'],
  },
});
