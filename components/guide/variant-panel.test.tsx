import type { Locale } from '@/lib/locales';
import { variantHeading } from './variant-panel';

describe('variantHeading', () => {
  it('reads in English as before: an article lowered mid-sentence', () => {
    expect(variantHeading('Show all')).toBe('If you see Show all');
    expect(variantHeading('An arrow', 'en')).toBe('If you see an arrow');
    expect(variantHeading('The More button', 'en')).toBe('If you see the More button');
  });

  it('follows each language’s own heading and articles', () => {
    expect(variantHeading('Eine Schaltfläche', 'de' as Locale)).toBe(
      'Falls Ihr Bildschirm das zeigt: Eine Schaltfläche',
    );
    expect(variantHeading('Une flèche', 'fr' as Locale)).toBe('Si vous voyez une flèche');
  });
});
