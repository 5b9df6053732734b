import { siteTitle } from '@/lib/content/rules/titles';
import { metadata } from './layout';

describe('the layout’s page-title template', () => {
  it('is the one the content rules hold titles to (siteTitle)', () => {
    const template = (metadata.title as { template: string }).template;
    expect(siteTitle('Learn')).toBe(template.replace('%s', 'Learn'));
  });
});
