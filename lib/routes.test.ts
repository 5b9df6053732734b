import { tree } from '@/content/troubleshooter/tree';
import { nodeHref } from '@/lib/troubleshooter/load';
import { locales } from '@/lib/locales';
import {
  editionPaths,
  flowPath,
  localeOfPath,
  localePath,
  stepHeadingId,
  troubleshooterHref,
  unlocalePath,
} from './routes';

describe('flowPath', () => {
  it('puts each flow kind under its own prefix, the step after the platform', () => {
    expect(flowPath('withdraw', 'ios')).toBe('/guide/ios');
    expect(flowPath('withdraw', 'ios', 'open-sent')).toBe('/guide/ios/open-sent');
    expect(flowPath('remove-connection', 'android', 'done')).toBe(
      '/remove-connection/android/done',
    );
  });
});

describe('stepHeadingId', () => {
  it('never gives a step the id of a page landmark (main is the skip link’s target)', () => {
    expect(stepHeadingId('main')).not.toBe('main');
    expect(stepHeadingId('done')).toBe('step-done');
  });
});

describe('nodeHref', () => {
  it('gives the start node the entry page’s address, and every other node its own', () => {
    expect(nodeHref(tree.start)).toBe('/troubleshoot');
    const others = Object.keys(tree.nodes).filter((id) => id !== tree.start);
    expect(others.length).toBeGreaterThan(0);
    for (const id of others) expect(nodeHref(id)).toBe(`/troubleshoot/${id}`);
  });
});

describe('troubleshooterHref', () => {
  it('names the platform, and the step (with its guide unless it is the withdraw one)', () => {
    expect(troubleshooterHref()).toBe('/troubleshoot');
    expect(troubleshooterHref('ios')).toBe('/troubleshoot?platform=ios');
    expect(troubleshooterHref('ios', 'withdraw')).toBe('/troubleshoot?platform=ios&step=withdraw');
    expect(troubleshooterHref('android', 'confirm', 'remove-connection')).toBe(
      '/troubleshoot?platform=android&step=confirm&flow=remove-connection',
    );
  });
});

describe('localePath', () => {
  it('keeps English unprefixed and puts every other language’s code in front', () => {
    expect(localePath('en', '/faq')).toBe('/faq');
    expect(localePath('de', '/faq')).toBe('/de/faq');
    expect(localePath('fr', '/from-profile/desktop/press-pending')).toBe(
      '/fr/from-profile/desktop/press-pending',
    );
  });

  it('gives the home page the bare prefix, anchors and queries kept', () => {
    expect(localePath('de', '/')).toBe('/de');
    expect(localePath('de', '/#many')).toBe('/de#many');
    expect(localePath('fr', '/faq#will-they-know')).toBe('/fr/faq#will-they-know');
    expect(localePath('de', '/troubleshoot?platform=ios&step=x')).toBe(
      '/de/troubleshoot?platform=ios&step=x',
    );
  });

  it('leaves external, relative, anchor-only and already prefixed links alone', () => {
    expect(localePath('de', 'https://www.linkedin.com/help')).toBe('https://www.linkedin.com/help');
    expect(localePath('de', '//example.com/x')).toBe('//example.com/x');
    expect(localePath('de', '#step-done')).toBe('#step-done');
    expect(localePath('de', 'mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(localePath('de', '/de/faq')).toBe('/de/faq');
    expect(localePath('de', '/fr/faq')).toBe('/fr/faq');
  });

  it('does not take a path that merely starts with a code for a prefix', () => {
    expect(localeOfPath('/defaults')).toBe('en');
    expect(localePath('de', '/french')).toBe('/de/french');
  });
});

describe('unlocalePath and editionPaths', () => {
  it('strip the prefix and give the same page in every edition, English first', () => {
    expect(unlocalePath('/de')).toBe('/');
    expect(unlocalePath('/de/faq')).toBe('/faq');
    expect(unlocalePath('/faq')).toBe('/faq');
    expect(unlocalePath('/fr#x')).toBe('/#x');
    expect(editionPaths('/fr/learn/invitation-limits')).toEqual(
      locales.map((locale) => ({
        locale,
        path: locale === 'en' ? '/learn/invitation-limits' : `/${locale}/learn/invitation-limits`,
      })),
    );
  });
});
