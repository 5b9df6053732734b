import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const pathname = vi.hoisted(() => ({ current: '/' }));
vi.mock('next/navigation', () => ({ usePathname: () => pathname.current }));

const { MainNav } = await import('./main-nav');

const words = {
  label: 'Main',
  guides: 'Guides',
  troubleshoot: 'Troubleshoot',
  faq: 'FAQ',
  learn: 'Learn',
};

describe('MainNav', () => {
  it.each([
    ['/', 'Guides'],
    ['/guide/ios/open-sent', 'Guides'],
    ['/remove-connection/android', 'Guides'],
    ['/troubleshoot/already-accepted', 'Troubleshoot'],
    ['/checklist', 'Troubleshoot'],
    ['/faq', 'FAQ'],
    ['/learn/invitation-limits', 'Learn'],
    ['/de/troubleshoot/already-accepted', 'Troubleshoot'],
    ['/fr', 'Guides'],
  ])('on %s marks %s as the current section', (path, current) => {
    pathname.current = path;
    render(<MainNav words={words} />);
    const links = screen.getAllByRole('link');
    expect(
      links
        .filter((link) => link.getAttribute('aria-current') === 'page')
        .map((link) => link.textContent),
    ).toEqual([current]);
  });

  it('marks nothing on a page outside the sections', () => {
    pathname.current = '/guidelines';
    render(<MainNav words={words} />);
    expect(screen.getAllByRole('link').some((link) => link.hasAttribute('aria-current'))).toBe(
      false,
    );
  });

  it('links each section in the page’s own edition', () => {
    pathname.current = '/de/faq';
    render(<MainNav words={words} locale="de" />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/de',
      '/de/troubleshoot',
      '/de/faq',
      '/de/learn',
    ]);
  });
});
