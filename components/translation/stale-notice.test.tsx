import { render, screen } from '@testing-library/react';
import { StaleNotice } from './stale-notice';

const current = { locale: 'de' as const, original: 'content/faq/a.mdx', stale: false };
const behind = { ...current, stale: true };

describe('StaleNotice', () => {
  it('tells a German reader the English page changed, and links to it', () => {
    render(<StaleNotice locale="de" translations={[current, behind]} englishHref="/faq#a" />);
    expect(screen.getByRole('note')).toHaveTextContent('nicht mehr aktuell');
    const link = screen.getByRole('link', { name: 'Zur englischen Seite' });
    expect(link).toHaveAttribute('href', '/faq#a');
    expect(link).toHaveAttribute('hreflang', 'en');
  });

  it('says nothing while every translation on the page is current, or on an English page', () => {
    const { container } = render(
      <StaleNotice locale="fr" translations={[current, undefined]} englishHref="/faq" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
