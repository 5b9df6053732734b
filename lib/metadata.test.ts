import { absoluteUrl, languageAlternates, pageMetadata } from './metadata';
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

  it('links the page in every edition and x-default (English) as hreflang alternates', () => {
    expect(metadata.alternates?.languages).toEqual({
      en: `${site.baseUrl}/faq`,
      de: `${site.baseUrl}/de/faq`,
      fr: `${site.baseUrl}/fr/faq`,
      'x-default': `${site.baseUrl}/faq`,
    });
  });
});

describe('pageMetadata in another edition', () => {
  const german = pageMetadata({
    title: 'Fragen und Antworten',
    description: 'Antworten.',
    path: '/faq',
    locale: 'de',
  });

  it('is canonical at its own address, with the same alternates as every edition', () => {
    expect(german.alternates?.canonical).toBe(`${site.baseUrl}/de/faq`);
    expect(german.openGraph).toMatchObject({ url: `${site.baseUrl}/de/faq`, locale: 'de_DE' });
    expect(german.alternates?.languages).toEqual(languageAlternates('/faq'));
  });

  it('gives the home page the bare prefix', () => {
    const home = pageMetadata({ title: 't', description: 'd', path: '/', locale: 'fr' });
    expect(home.alternates?.canonical).toBe(`${site.baseUrl}/fr`);
    expect(languageAlternates('/')).toEqual({
      en: site.baseUrl,
      de: `${site.baseUrl}/de`,
      fr: `${site.baseUrl}/fr`,
      'x-default': site.baseUrl,
    });
  });
});
