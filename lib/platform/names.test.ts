import type { Locale } from '@/lib/locales';
import { platformNames } from './names';
import { platformLabels, platformShortLabels } from './platforms';

describe('platformNames', () => {
  it('in English are the names titles and client leaves use (platforms.ts)', () => {
    expect(platformNames('en')).toEqual({ names: platformLabels, shortNames: platformShortLabels });
  });

  it('are each language’s own', () => {
    expect(platformNames('de' as Locale).names.desktop).toBe('Browser am Computer');
    expect(platformNames('fr' as Locale).shortNames.desktop).toBe('Ordinateur');
  });
});
