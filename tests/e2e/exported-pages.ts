import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve('out');

/** Every page in the export (out/) by URL, sorted; Next's internal `_not-found` copy left out. */
export function exportedRoutes(): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html') && !name.startsWith('_'))
    .map(
      (name) =>
        `/${name
          .split(path.sep)
          .join('/')
          .replace(/\.html$/, '')}`,
    )
    .map((route) => (route === '/index' ? '/' : route))
    .sort();
}

function html(route: string): string {
  return fs.readFileSync(path.join(root, route === '/' ? 'index.html' : `${route}.html`), 'utf8');
}

/**
 * Which layout a URL has: its section (first path segment) with the kind the page marks itself
 * with (`data-page-kind`: wizard, question, outcome, checklist), else its depth under the section.
 */
function kindOf(route: string): string {
  const [section = '', ...rest] = route.slice(1).split('/');
  const marker = html(route).match(/\sdata-page-kind="([a-z-]+)"/)?.[1];
  return `${section}:${marker ?? rest.length}`;
}

/** The first exported page of each kind: enough to cover every layout without every page. */
export function onePagePerKind(): string[] {
  const byKind = new Map<string, string>();
  for (const route of exportedRoutes())
    if (!byKind.has(kindOf(route))) byKind.set(kindOf(route), route);
  return [...byKind.values()];
}
