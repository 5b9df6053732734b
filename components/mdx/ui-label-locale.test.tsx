import { render } from '@testing-library/react';
import type { Locale } from '@/lib/locales';
import { MdxContent } from './mdx-content';

const source = [
  'Click <UI id="pending" />, then <UI id="pending" /> again.',
  '',
  'Open <UI id="my-network" />, then <UI id="my-network" />.',
].join('\n');

async function words(locale: string, body = source, named: string[] = []) {
  const { container } = render(
    await MdxContent({ source: body, platform: 'desktop', locale: locale as Locale, named }),
  );
  return container;
}

describe('LinkedIn’s labels in a German or French page’s prose', () => {
  it('German: the sourced label, with LinkedIn’s English beside its first occurrence only', async () => {
    const page = await words('de');
    const first = page.querySelector('p')!;
    expect(first.textContent).toBe(
      'Click Ausstehend (auf Englisch: Pending), then Ausstehend again.',
    );
    expect(page.querySelectorAll('strong[data-label="pending"]')).toHaveLength(2);
  });

  it('German: an unsourced label in English, with the note once', async () => {
    const page = await words('de');
    const second = page.querySelectorAll('p')[1]!;
    expect(second.querySelectorAll('[data-label-note]')).toHaveLength(1);
    expect(second.textContent).toMatch(/^Open My Network \(so heißt es bei LinkedIn auf Englisch;/);
    expect(second.querySelector('strong[data-label="my-network"]')).toHaveAttribute('lang', 'en');
  });

  it('French: En attente (en anglais : Pending)', async () => {
    const page = await words('fr');
    expect(page.querySelector('p')!.textContent).toBe(
      'Click En attente (en anglais\u202f: Pending), then En attente again.',
    );
  });

  it('a label an earlier part of the step named is not explained again', async () => {
    const page = await words('de', 'Click <UI id="pending" />.', ['pending']);
    expect(page.textContent).toBe('Click Ausstehend.');
  });

  it('English renders as it always did: no English beside, no note', async () => {
    const page = await words('en');
    expect(page.querySelector('p')!.textContent).toBe('Click Pending, then Pending again.');
    expect(page.querySelectorAll('[data-label-note], [data-label-english]')).toHaveLength(0);
    expect(page.querySelector('p')!.innerHTML).toBe(
      'Click <strong data-label="pending">Pending</strong>, then <strong data-label="pending">Pending</strong> again.',
    );
  });

  it('a <PlatformOnly> passage still tells the label its platform on a German page', async () => {
    const { container } = render(
      await MdxContent({
        source:
          '## On Android\n\n<PlatformOnly platform="android">\nTap <UI id="more" />.\n</PlatformOnly>',
        locale: 'de' as Locale,
      }),
    );
    // No German text is sourced in the Android app: its English text, with the note.
    expect(container.querySelector('strong[data-label="more"]')).toHaveTextContent('More options');
  });
});
