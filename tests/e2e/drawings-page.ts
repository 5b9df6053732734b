import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Say } from '@/components/screen/say';
import { Screen } from '@/components/screen/screen';
import type { Platform } from '@/lib/platform/platforms';
import { highlightsOf, screenViews, type ScreenWriter } from '@/lib/screens/catalog';

/** Every view and highlight the catalog offers. */
export const cases = screenViews.flatMap((view) =>
  highlightsOf(view).map((highlight) => ({ view, highlight })),
);

// The site's colour tokens (light theme) and type, so the pictures look as they do on a page;
// the measurements need only the font.
const style = `
body{margin:0;padding:16px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
figure{margin:0 0 16px}
.fill-bg{fill:#fff}.fill-surface{fill:#f3f2ef}.fill-fg{fill:#1d1d1f}.fill-muted{fill:#5e5e5e}
.fill-border{fill:#d9d9d9}.fill-accent{fill:#0a57a8}.fill-accent-fg{fill:#fff}.fill-accent-soft{fill:#dce8f5}
.fill-none{fill:none}.stroke-border{stroke:#d9d9d9}.stroke-muted{stroke:#5e5e5e}.stroke-fg{stroke:#1d1d1f}
.stroke-accent{stroke:#0a57a8}.stroke-bg{stroke:#fff}`;

/**
 * A static HTML page of every drawing for one platform, drawn with `say`'s words for LinkedIn's
 * and `words` for the drawing's own (English's when not given), each in a figure marked with its
 * view and highlight. Built in Node; no route of the site serves it.
 */
export function drawingsPage(platform: Platform, say: Say, words?: ScreenWriter): string {
  const figures = cases.map(
    ({ view, highlight }) =>
      `<figure data-case="${view}/${highlight}">${renderToStaticMarkup(
        createElement(Screen, { platform, view, highlight, say, words }),
      )}</figure>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drawings</title><style>${style}</style></head><body>${figures.join('')}</body></html>`;
}
