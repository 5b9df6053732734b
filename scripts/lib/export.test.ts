// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageKinds } from '../budgets.mjs';
import { classify, editionlessRoute, onePagePerKind, routeOf } from './export.mjs';

describe('routeOf', () => {
  const root = path.resolve('out');
  it.each([
    ['index.html', '/'],
    ['faq.html', '/faq'],
    ['guide/ios/open-sent.html', '/guide/ios/open-sent'],
    ['learn/index.html', '/learn'],
  ])('%s is served at %s', (file, route) => {
    expect(routeOf(root, path.join(root, file))).toBe(route);
  });
});

describe('classify', () => {
  const marked = (kind: string) => `<main><article data-page-kind="${kind}">…</article></main>`;
  it.each([
    ['/', '', 'home'],
    ['/guide/ios', marked('wizard'), 'wizard'],
    ['/guide/ios/open-sent', marked('wizard'), 'wizard'],
    ['/remove-connection/android/done', marked('wizard'), 'wizard'],
    ['/checklist', marked('checklist'), 'checklist'],
    ['/troubleshoot', marked('question'), 'troubleshooter question'],
    ['/troubleshoot/check-profile', marked('question'), 'troubleshooter question'],
    ['/troubleshoot/already-accepted', marked('outcome'), 'troubleshooter outcome'],
    ['/troubleshoot/map', '<main><div data-tree-map></div></main>', 'troubleshooter map'],
    ['/faq', '', 'faq'],
    ['/learn', '', 'learn index'],
    ['/learn/invitation-limits', '', 'learn'],
    ['/404', '', '404'],
    ['/guidelines', '', 'other'],
    ['/troubleshoot/unmarked', '<main></main>', 'other'],
  ])('%s is a %s page', (route, html, kind) => {
    expect(classify(route, html).kind).toBe(kind);
  });

  it('gives every kind a budget of at most 10 KB over the floor, and an unknown page the strictest', () => {
    const budgets = pageKinds.map(({ jsOverFloorKb }) => jsOverFloorKb);
    expect(Math.max(...budgets)).toBeLessThanOrEqual(10);
    expect(classify('/guidelines', '').jsOverFloorKb).toBe(Math.min(...budgets));
  });
});

describe('onePagePerKind', () => {
  it('keeps the first page of each kind, in order', () => {
    const page = (route: string, html = '') => ({ route, html, file: `${route}.html` });
    const picked = onePagePerKind([
      page('/'),
      page('/faq'),
      page('/learn/a'),
      page('/learn/b'),
      page('/troubleshoot', '<div data-page-kind="question">'),
      page('/troubleshoot/x', '<div data-page-kind="question">'),
      page('/troubleshoot/y', '<div data-page-kind="outcome">'),
    ]);
    expect(picked.map(({ route, kind }) => [route, kind])).toEqual([
      ['/', 'home'],
      ['/faq', 'faq'],
      ['/learn/a', 'learn'],
      ['/troubleshoot', 'troubleshooter question'],
      ['/troubleshoot/y', 'troubleshooter outcome'],
    ]);
  });
});

describe('a page in another edition', () => {
  const german = (kindMarker = '') =>
    `<!DOCTYPE html><html lang="de"><body><main${kindMarker}></main></body></html>`;

  it('is the kind its English twin is: the prefix its own <html lang> names is left out', () => {
    expect(editionlessRoute('/de/faq', german())).toBe('/faq');
    expect(editionlessRoute('/de', german())).toBe('/');
    expect(editionlessRoute('/faq', german())).toBe('/faq');
    expect(classify('/de/faq', german()).kind).toBe('faq');
    expect(classify('/de', german()).kind).toBe('home');
    expect(classify('/de/guide/ios/open-sent', german()).kind).toBe('wizard');
    expect(classify('/de/404', german()).kind).toBe('404');
  });
});
