import { siteTitle } from '@/lib/content/rules/titles';
import { locales } from '@/lib/locales';
import { siteMetadata } from '@/lib/metadata';

describe('the layouts’ page-title template', () => {
  it.each(locales)('is the one the content rules hold titles to (siteTitle), in %s', (locale) => {
    const template = (siteMetadata(locale).title as { template: string }).template;
    expect(siteTitle('Learn')).toBe(template.replace('%s', 'Learn'));
  });
});
