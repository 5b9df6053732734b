import type { Locale } from '@/lib/locales';
import { citationText, formatSeen } from './citation';
import type { Source } from './registry';

const help = {
  id: 'help',
  kind: 'linkedin-help',
  title: 'Withdraw an invitation',
  url: 'https://www.linkedin.com/help/linkedin/answer/a1',
  read: '2026-12-01',
  seen: '2026-08-12',
} as Source;
const archived = {
  id: 'old',
  kind: 'linkedin-help-archived',
  title: 'Canceling an Invitation',
  url: 'https://web.archive.org/web/2015/https://www.linkedin.com/help',
  read: '2026-12-01',
  version: '2015-08-31',
} as Source;
const notes = { ...help, id: 'notes', kind: 'field-notes', seen: '2025-12' } as Source;

describe('formatSeen', () => {
  it('writes a day or a month in the page’s language', () => {
    expect(formatSeen('2026-08-12')).toBe('12 August 2026');
    expect(formatSeen('2026-08-12', 'de' as Locale)).toBe('12. August 2026');
    expect(formatSeen('2026-08-12', 'fr' as Locale)).toBe('12 août 2026');
    expect(formatSeen('2025-12', 'fr' as Locale)).toBe('décembre 2025');
  });
});

describe('citationText', () => {
  it('reads in English as before', () => {
    expect(citationText(help)).toBe('LinkedIn Help (12 August 2026): Withdraw an invitation');
    expect(citationText(archived)).toBe(
      'LinkedIn Help (archived, reviewed 31 August 2015): Canceling an Invitation',
    );
    expect(citationText(notes)).toBe(
      'Field notes from a real account, December 2025: Withdraw an invitation',
    );
  });

  it('names the kind of source in the page’s language, the title as the source has it', () => {
    expect(citationText(help, 'de' as Locale)).toBe(
      'LinkedIn-Hilfe (12. August 2026): Withdraw an invitation',
    );
    expect(citationText(archived, 'fr' as Locale)).toBe(
      'Aide LinkedIn (archivée, version du 31 août 2015)\u00a0: Canceling an Invitation',
    );
  });
});
