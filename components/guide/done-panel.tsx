import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { DONE_SEGMENT, stepHeadingId } from '@/lib/routes';

/** Where every flow ends: what happens now, and where to go if it didn't work out. */
export function DonePanel({
  title,
  children,
  links,
  locale,
}: {
  title: string;
  children: ReactNode;
  links: { href: string; label: string }[];
  locale: Locale;
}) {
  return (
    <div className="space-y-4 rounded-xl border border-success/40 bg-surface p-6">
      <h2 id={stepHeadingId(DONE_SEGMENT)} tabIndex={-1} className="text-2xl font-bold">
        <span aria-hidden="true" className="mr-2 text-success">
          ✓
        </span>
        {title}
      </h2>
      <div className="max-w-prose space-y-3 leading-relaxed">{children}</div>
      <nav aria-label={translator(locale, 'guide')('whatNext')}>
        <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
