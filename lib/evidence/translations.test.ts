import { describe, expect, it } from 'vitest';
import { translationReport } from './translations';

describe('the stale-translation report', () => {
  it('lists, per language, the translations whose English file changed since', () => {
    const report = translationReport([
      {
        file: 'content/de/faq/a.mdx',
        translation: { locale: 'de', original: 'content/faq/a.mdx', stale: true },
      },
      {
        file: 'content/de/faq/b.mdx',
        translation: { locale: 'de', original: 'content/faq/b.mdx', stale: false },
      },
    ]);
    expect(report).toContain('de: 1 of 2 behind');
    expect(report).toContain('content/de/faq/a.mdx (follows an older content/faq/a.mdx)');
    expect(report).not.toContain('content/de/faq/b.mdx');
  });
});
