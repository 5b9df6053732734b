import { site } from '@/lib/site';
import { ThemeToggle } from './theme-toggle';

const navLinks = [
  { href: '/', label: 'Guides' },
  { href: '/troubleshoot', label: 'Troubleshoot' },
  { href: '/faq', label: 'FAQ' },
  { href: '/learn', label: 'Learn' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-border">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-bg focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold text-fg no-underline">
          {site.name}
        </a>
        <div className="flex items-center gap-3">
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {navLinks.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="text-fg no-underline hover:underline">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
