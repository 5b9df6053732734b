import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildHeadScript, startDeadlineMs } from './head-script';

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1';

function run({ search = '', userAgent = 'Mozilla/5.0 (X11; Linux x86_64)', dark = false } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark') }));
  new Function(buildHeadScript())();
  const html = document.documentElement;
  return {
    js: html.hasAttribute('data-js'),
    theme: html.getAttribute('data-theme'),
    platform: html.getAttribute('data-platform'),
    source: html.getAttribute('data-platform-source'),
  };
}

describe('the head script', () => {
  beforeEach(() => {
    localStorage.clear();
    for (const name of [
      'data-js',
      'data-started',
      'data-theme',
      'data-platform',
      'data-platform-source',
    ]) {
      document.documentElement.removeAttribute(name);
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('marks JavaScript and detects the device', () => {
    expect(run({ userAgent: iPhone })).toEqual({
      js: true,
      theme: 'light',
      platform: 'ios',
      source: 'detected',
    });
  });

  it('follows the system theme unless the person chose one', () => {
    expect(run({ dark: true }).theme).toBe('dark');
    localStorage.setItem('unsend.theme', 'light');
    expect(run({ dark: true }).theme).toBe('light');
  });

  it('lets a remembered choice win over detection', () => {
    localStorage.setItem('unsend.platform', 'android');
    expect(run({ userAgent: iPhone })).toMatchObject({ platform: 'android', source: 'chosen' });
  });

  it('takes ?platform= from a link as the choice and remembers it', () => {
    expect(run({ search: '?platform=desktop', userAgent: iPhone })).toMatchObject({
      platform: 'desktop',
      source: 'chosen',
    });
    expect(localStorage.getItem('unsend.platform')).toBe('desktop');
  });

  it('ignores unknown values in the query and in storage', () => {
    localStorage.setItem('unsend.platform', 'blackberry');
    expect(run({ search: '?platform=%3Cscript%3E', userAgent: iPhone })).toMatchObject({
      platform: 'ios',
      source: 'detected',
    });
  });

  it('still works when storage throws (private modes)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(run({ search: '?platform=android', userAgent: iPhone })).toEqual({
      js: true,
      theme: 'light',
      platform: 'android',
      source: 'chosen',
    });
  });

  describe('until the page reports its scripts started', () => {
    const js = () => document.documentElement.hasAttribute('data-js');
    const failToLoad = (tag: 'script' | 'img') => {
      const element = document.createElement(tag);
      document.body.append(element);
      element.dispatchEvent(new Event('error'));
      element.remove();
    };
    const started = () => document.documentElement.setAttribute('data-started', '');
    afterEach(() => vi.useRealTimers());

    it('drops data-js when a script fails to load, so the page is the no-JavaScript page', () => {
      run();
      failToLoad('script');
      expect(js()).toBe(false);
    });

    it('drops data-js on an uncaught error or rejection during start-up', () => {
      run();
      window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
      expect(js()).toBe(false);
      run();
      window.dispatchEvent(new Event('unhandledrejection'));
      expect(js()).toBe(false);
    });

    it('drops data-js when the scripts have not started by the deadline', () => {
      vi.useFakeTimers();
      run();
      vi.advanceTimersByTime(startDeadlineMs - 1);
      expect(js()).toBe(true);
      vi.advanceTimersByTime(1);
      expect(js()).toBe(false);
    });

    it('puts the server’s page back if, after a failure, React swaps it for an error screen', async () => {
      const main = document.createElement('main');
      main.textContent = 'Every step';
      document.body.append(main);
      run();
      failToLoad('script');
      const errorScreen = document.createElement('p');
      errorScreen.textContent = 'This page couldn’t load';
      document.body.replaceChildren(errorScreen);
      await new Promise((resolve) => setTimeout(resolve));
      expect(main.isConnected).toBe(true);
      expect(document.body).not.toHaveTextContent('This page couldn’t load');
      expect(js()).toBe(false);
      // The observers of every run() here stand down once the page reports a start.
      started();
      main.remove();
      await new Promise((resolve) => setTimeout(resolve));
      expect(main.isConnected).toBe(false);
    });

    it('keeps data-js once they have started, whatever fails later', () => {
      vi.useFakeTimers();
      run();
      started();
      failToLoad('script');
      window.dispatchEvent(new ErrorEvent('error', { message: 'a lazy chunk' }));
      vi.advanceTimersByTime(startDeadlineMs);
      expect(js()).toBe(true);
    });

    it('ignores a picture that fails to load', () => {
      run();
      failToLoad('img');
      expect(js()).toBe(true);
    });
  });
});
