import { absoluteUrl, pageMetadata } from './metadata';
import { site } from './site';

describe('pageMetadata', () => {
  const metadata = pageMetadata({
    title: 'Questions and answers',
    description: 'Answers.',
    path: '/faq',
  });

  it('gives the page its title, description and canonical URL on the configured base URL', () => {
    expect(metadata.title).toBe('Questions and answers');
    expect(metadata.description).toBe('Answers.');
    expect(metadata.alternates?.canonical).toBe(`${site.baseUrl}/faq`);
  });

  it('fills the whole Open Graph set, image included, and a large Twitter card', () => {
    expect(metadata.openGraph).toMatchObject({
      title: 'Questions and answers',
      description: 'Answers.',
      url: `${site.baseUrl}/faq`,
      siteName: site.name,
      images: [{ url: '/og.png', width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: ['/og.png'] });
  });

  it('passes an absolute title through and shares it as is', () => {
    const home = pageMetadata({ title: { absolute: 'Unsend: home' }, description: 'd', path: '/' });
    expect(home.title).toEqual({ absolute: 'Unsend: home' });
    expect(home.openGraph?.title).toBe('Unsend: home');
  });

  it('names the home page with a slash and other pages without one', () => {
    expect(absoluteUrl('/')).toBe(site.baseUrl);
    expect(absoluteUrl('/learn/invitation-limits')).toBe(`${site.baseUrl}/learn/invitation-limits`);
  });
});
