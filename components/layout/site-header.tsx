import { MAIN_ID } from '@/lib/element-ids';
import { site } from '@/lib/site';
import { MainNav } from './main-nav';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="border-b border-border">
      <a
        href={`#${MAIN_ID}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-bg focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold text-fg no-underline">
          {site.name}
        </a>
        <div className="flex items-center gap-3">
          <MainNav />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
