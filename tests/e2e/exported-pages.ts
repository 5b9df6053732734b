import path from 'node:path';
import { htmlPages, onePagePerKind as firstOfEachKind } from '../../scripts/lib/export.mjs';

const pages = () => htmlPages(path.resolve('out'));

/** Every page in the export (out/) by URL, sorted; Next's internal `_not-found` copy left out. */
export function exportedRoutes(): string[] {
  return pages().map(({ route }) => route);
}

/**
 * The first exported page of each kind (scripts/budgets.mjs names the kinds; the audits use
 * the same classifier): enough to cover every layout without every page.
 */
export function onePagePerKind(): string[] {
  return firstOfEachKind(pages()).map(({ route }) => route);
}
