import { siteIndex } from '@/lib/content/load-all';
import { linkProblems, type SiteIndex } from './links';

const site: SiteIndex = {
  pages: new Map([
    ['/', { ids: new Set(['main']) }],
    ['/faq', { ids: new Set(['main', 'will-they-know']) }],
    ['/guide/ios', { ids: new Set(['main', 'open-sent', 'step-open-sent']) }],
    ['/guide/ios/open-sent', { ids: new Set(['main', 'open-sent']), step: 'open-sent' }],
    ['/guide/ios/done', { ids: new Set(['main', 'open-sent']) }],
    ['/troubleshoot', { ids: new Set(['main']) }],
  ]),
  hints: new Map([['/troubleshoot/start', 'the first question: link to /troubleshoot instead']]),
};

const problemOf = (href: string) =>
  linkProblems([{ href, field: 'steps[2].body', line: 14 }], site);

describe('linkProblems', () => {
  it.each([
    '/',
    '/faq',
    '/faq#will-they-know',
    '/guide/ios',
    '/guide/ios/open-sent#open-sent',
    '/guide/ios/done',
    'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  ])('lets %s through', (href) => {
    expect(problemOf(href)).toEqual([]);
  });

  it.each([
    ['/nope', /links to \/nope \(line 14\), which is not a page of this site/],
    ['/troubleshoot/nope', /which is not a page of this site/],
    [
      '/faq#no-such-item',
      /links to \/faq#no-such-item \(line 14\), but \/faq has no id="no-such-item"/,
    ],
    [
      '/guide/ios/open-sent',
      /a link to one step carries #open-sent \(\/guide\/ios\/open-sent#open-sent\), so the step is in view without JavaScript/,
    ],
    ['/guide/ios/open-sent#main', /carries #open-sent/],
    [
      '/troubleshoot/start',
      /links to \/troubleshoot\/start \(line 14\), the first question: link to \/troubleshoot instead/,
    ],
  ])('reports %s, naming the field and the line', (href, problem) => {
    const problems = problemOf(href);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('steps[2].body');
    expect(problems[0]!.problem).toMatch(problem);
  });
});

describe('the site index the site check holds links to', () => {
  const index = siteIndex('en');

  it('holds the static pages, each flow step, done panel, tree node and learn page', () => {
    for (const path of [
      '/',
      '/faq',
      '/checklist',
      '/learn',
      '/troubleshoot',
      '/troubleshoot/map',
      '/guide/desktop',
      '/guide/desktop/open-sent',
      '/guide/desktop/done',
      '/remove-connection/android/done',
      '/troubleshoot/already-accepted',
      '/learn/invitation-limits',
    ]) {
      expect(index.pages.has(path), path).toBe(true);
    }
    expect(index.pages.has('/troubleshoot/what-went-wrong')).toBe(false);
  });

  it('knows the ids each page carries: FAQ items on /faq, every step on a flow page', () => {
    expect(index.pages.get('/faq')!.ids).toContain('will-they-know');
    expect(index.pages.get('/faq')!.ids).toContain('category-connections');
    const step = index.pages.get('/guide/desktop/open-sent')!;
    expect(step.step).toBe('open-sent');
    expect(step.ids).toContain('confirm');
    expect(step.ids).toContain('step-confirm');
    expect(step.ids).toContain('step-done');
  });
});
