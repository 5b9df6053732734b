import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>
          {site.name} is an independent guide, not affiliated with or endorsed by LinkedIn. Every
          page lists its sources, mostly{' '}
          <a href={site.linkedInHelpUrl} target="_blank" rel="noopener noreferrer">
            LinkedIn Help
          </a>
          , and the day it was last checked.
        </p>
        <p>No cookies, no tracking: what you choose here stays in this browser.</p>
      </div>
    </footer>
  );
}
