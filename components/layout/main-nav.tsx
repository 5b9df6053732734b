'use client';

import { usePathname } from 'next/navigation';

const sections = [
  { href: '/', label: 'Guides', paths: ['/guide', '/remove-connection'] },
  { href: '/troubleshoot', label: 'Troubleshoot', paths: ['/troubleshoot', '/checklist'] },
  { href: '/faq', label: 'FAQ', paths: ['/faq'] },
  { href: '/learn', label: 'Learn', paths: ['/learn'] },
] as const;

function isIn(pathname: string, section: (typeof sections)[number]) {
  return (
    pathname === section.href ||
    section.paths.some((path) => pathname === path || pathname.startsWith(`${path}/`))
  );
}

/**
 * The site's sections, with aria-current on the one the page belongs to. A client leaf only
 * because the root layout can't know the path; the pre-rendered HTML already carries it.
 */
export function MainNav() {
  const pathname = usePathname() ?? '';
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((section) => (
          <li key={section.href}>
            <a
              href={section.href}
              aria-current={isIn(pathname, section) ? 'page' : undefined}
              // The 404 page is pre-rendered once but served at any address.
              suppressHydrationWarning
              className="text-fg no-underline hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline aria-[current=page]:underline-offset-4"
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
