import type { Config } from 'tailwindcss';

/**
 * Type and measure. The colour tokens live in app/globals.css's `@theme`, each once with its
 * light and dark value, so one class such as `bg-surface` serves both themes.
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.{mdx,ts}'],
  theme: {
    extend: {
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
      },
      maxWidth: { prose: '42rem' },
    },
  },
};

export default config;
