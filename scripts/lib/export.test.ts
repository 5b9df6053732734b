// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, routeOf } from './export.mjs';

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
  const outcome = '<main><article data-page-kind="outcome">Done</article></main>';
  const question = '<main><article data-page-kind="question">Which?</article></main>';
  it.each([
    ['/', '', 'home', 'interactive'],
    ['/guide/ios', '', 'wizard', 'interactive'],
    ['/guide/ios/open-sent', '', 'wizard', 'interactive'],
    ['/remove-connection/android/block', '', 'wizard', 'interactive'],
    ['/checklist', '', 'checklist', 'interactive'],
    ['/troubleshoot', question, 'troubleshooter question', 'interactive'],
    ['/troubleshoot/already-accepted', outcome, 'troubleshooter outcome', 'content'],
    ['/troubleshoot/map', '<main></main>', 'troubleshooter question', 'interactive'],
    ['/faq', '', 'faq', 'content'],
    ['/learn/invitation-limits', '', 'learn', 'content'],
    ['/404', '', '404', 'content'],
    ['/guidelines', '', 'other', 'content'],
  ])('%s is a %s page on the %s budget', (route, html, kind, budget) => {
    expect(classify(route, html)).toEqual({ kind, budget });
  });
});
