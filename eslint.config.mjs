import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Plain links on purpose: every page is a pre-rendered file, a full load is fast, and the
      // same markup works with JavaScript off; next/link would prefetch RSC payloads for nothing.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  { ignores: ['.next/**', 'out/**', '.floor/**', 'next-env.d.ts', 'test-artifacts/**'] },
];

export default config;
