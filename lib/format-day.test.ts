import { formatDay, formatMonth } from './format-day';
import type { Locale } from './locales';

describe('formatDay', () => {
  it('writes the day, the month by name and the year, whatever the machine’s time zone', () => {
    expect(formatDay('2026-12-01')).toBe('1 December 2026');
    expect(formatDay('2015-10-07')).toBe('7 October 2015');
  });

  it('writes it as the page’s language does', () => {
    expect(formatDay('2026-08-12', 'de' as Locale)).toBe('12. August 2026');
    expect(formatDay('2026-08-12', 'fr' as Locale)).toBe('12 août 2026');
    expect(formatMonth('2025-12', 'de' as Locale)).toBe('Dezember 2025');
    expect(formatMonth('2025-12', 'fr' as Locale)).toBe('décembre 2025');
    expect(formatMonth('2025-12')).toBe('December 2025');
  });
});
