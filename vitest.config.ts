import { defineConfig } from 'vitest/config';

// Tests that touch the DOM or browser storage get happy-dom and the Testing Library setup; the rest
// (loaders, content rules, scripts) run in plain Node, which spares those workers a DOM's start-up.
// happy-dom, not jsdom: a worker's DOM starts in about half the CPU time, and no test here needs
// what only jsdom has. Files share their worker's environment and module cache (isolate: false): on
// 2 cores a fresh environment and module graph per file was most of the suite's time (69 s → 19 s).
// So a test leaves no state behind it (storage, location, stores are reset in its own hooks), and
// the files that replace a module with vi.mock run isolated, where the mock can't leak. A DOM test
// is listed here rather than given a `@vitest-environment` comment: a file whose environment is not
// its project's gets a worker of its own.
const domTests = [
  '**/*.test.tsx',
  'components/**/*.test.ts',
  'lib/platform/**/*.test.ts',
  'lib/edition-choice.test.ts',
];
const mockingTests = [
  'components/layout/main-nav.test.tsx',
  'components/mdx/ui-label.test.tsx',
  'components/motion/arrival.test.tsx',
];
const ignored = ['node_modules/**', 'tests/e2e/**', '.next/**', 'out/**', '.floor/**'];

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
    // Vitest leaves a core free by default, which on a 2-core machine is one file at a time.
    maxWorkers: '100%',
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          setupFiles: ['./tests/setup.ts'],
          include: domTests,
          exclude: [...ignored, ...mockingTests],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom, isolated',
          environment: 'happy-dom',
          setupFiles: ['./tests/setup.ts'],
          include: mockingTests,
          exclude: ignored,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...ignored, ...domTests],
          isolate: false,
        },
      },
    ],
  },
});
