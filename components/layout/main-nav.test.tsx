import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const pathname = vi.hoisted(() => ({ current: '/' }));
vi.mock('next/navigation', () => ({ usePathname: () => pathname.current }));

const { MainNav } = await import('./main-nav');

describe('MainNav', () => {
  it.each([
    ['/', 'Guides'],
    ['/guide/ios/open-sent', 'Guides'],
    ['/remove-connection/android', 'Guides'],
    ['/troubleshoot/already-accepted', 'Troubleshoot'],
    ['/checklist', 'Troubleshoot'],
    ['/faq', 'FAQ'],
    ['/learn/invitation-limits', 'Learn'],
  ])('on %s marks %s as the current section', (path, current) => {
    pathname.current = path;
    render(<MainNav />);
    const links = screen.getAllByRole('link');
    expect(
      links
        .filter((link) => link.getAttribute('aria-current') === 'page')
        .map((link) => link.textContent),
    ).toEqual([current]);
  });

  it('marks nothing on a page outside the sections', () => {
    pathname.current = '/guidelines';
    render(<MainNav />);
    expect(screen.getAllByRole('link').some((link) => link.hasAttribute('aria-current'))).toBe(
      false,
    );
  });
});
