import type { Config } from 'tailwindcss';

/**
 * Design tokens. Colours are CSS variables (defined for light and dark in app/globals.css)
 * so one class such as `bg-surface` serves both themes; every fg/bg pair is AA (4.5:1) or better.
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.{mdx,ts}'],
  theme: {
    extend: {
      colors: {
        bg: 'var(--color-bg)',
        surface: 'var(--color-surface)',
        fg: 'var(--color-fg)',
        muted: 'var(--color-muted)',
        border: 'var(--color-border)',
        accent: 'var(--color-accent)',
        'accent-fg': 'var(--color-accent-fg)',
        'accent-soft': 'var(--color-accent-soft)',
        success: 'var(--color-success)',
        warn: 'var(--color-warn)',
      },
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
