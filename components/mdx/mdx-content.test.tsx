import { render, screen } from '@testing-library/react';
import type { Locale } from '@/lib/locales';
import { MdxContent } from './mdx-content';

const source = [
  '<Callout kind="warning">',
  'Wait.',
  '</Callout>',
  '',
  '<PlatformOnly platform="desktop">',
  'Open <UI id="pending" />, then [the FAQ](/faq#will-they-know).',
  '</PlatformOnly>',
].join('\n');

describe('MdxContent', () => {
  it('renders English as before', async () => {
    render(await MdxContent({ source }));
    expect(screen.getByRole('note')).toHaveTextContent(/^Warning:Wait\.$/);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Desktop browser');
    expect(screen.getByRole('link', { name: 'the FAQ' })).toHaveAttribute(
      'href',
      '/faq#will-they-know',
    );
  });

  it('words the site’s own parts in the page’s language, links in its edition', async () => {
    render(await MdxContent({ source, locale: 'de' as Locale }));
    expect(screen.getByRole('note')).toHaveTextContent(/^Achtung:Wait\.$/);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Browser am Computer');
    expect(screen.getByRole('link', { name: 'the FAQ' })).toHaveAttribute(
      'href',
      '/de/faq#will-they-know',
    );
    // The label inside the passage still reads as a label (the registry decides its words).
    expect(document.querySelector('[data-label="pending"]')).not.toBeNull();
  });
});
