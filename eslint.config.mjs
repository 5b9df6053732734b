import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  { ignores: ['.next/**', 'out/**', '.floor/**', 'next-env.d.ts', 'test-artifacts/**'] },
];

export default config;
