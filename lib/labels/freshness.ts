import type { Platform } from '@/lib/platform/platforms';
import type { SourceKind } from '@/lib/sources/registry';
import {
  labelOf,
  siteLabels,
  surfaceOf,
  type Label,
  type Sighting,
  type Surface,
} from './registry';

/** A label nobody has seen for longer than this is shown as such beside it. */
export const STALE_AFTER_MONTHS = 12;

/** Who saw a screen, in one word or so, as a step says it. */
export const seenBy: Record<SourceKind, string> = {
  'field-notes': 'a real account',
  'page-code': 'page code',
  'linkedin-help': 'LinkedIn Help',
  'linkedin-help-archived': 'LinkedIn Help',
  'third-party-how-to': 'a how-to',
  'platform-help': 'platform help',
};

/**
 * A sighting's date as the first day it can mean: "2025-12" is 1 December 2025, "2026" is
 * 1 January 2026. Reading a month or a year at its start never makes evidence look fresher
 * than it is.
 */
export function firstDay(seen: string): string {
  return [seen.slice(0, 4), seen.slice(5, 7) || '01', seen.slice(8, 10) || '01'].join('-');
}

/** Whether a dated sighting is older than STALE_AFTER_MONTHS before `today`. */
export function isStale(seen: string, today: Date): boolean {
  if (!seen) return false;
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return firstDay(seen) < limit.toISOString().slice(0, 10);
}

/**
 * The newest dated sighting of the text a page in `locale` shows for the label on `platform`
 * (that text: an older text's, or another language's, sightings say nothing about this one),
 * on that platform's surface where there is one; undefined when none is dated.
 */
export function newestSighting(
  label: Label,
  platform?: Platform,
  locale: string = 'en',
): Sighting | undefined {
  const surface = platform ? surfaceOf(platform) : 'web';
  const onSurface = (t: Label['texts'][number]) => t.sightings.some((s) => s.on === surface);
  const text =
    label.languages.get(locale)?.find(onSurface) ?? label.texts.find(onSurface) ?? label.texts[0]!;
  const dated = text.sightings
    .filter((sighting) => sighting.seen)
    .sort((a, b) => firstDay(b.seen).localeCompare(firstDay(a.seen)));
  // A sighting on the page's own surface says more than one elsewhere, even an older one.
  return dated.find((sighting) => sighting.on === surface) ?? dated[0];
}

export interface ScreenSeen {
  seen: string;
  by: string;
  /** Where that sighting was: not the page's own surface when only another one is dated. */
  on: Surface;
}

/**
 * When a step's screen was last seen on LinkedIn (as a page in `locale` shows its labels: a
 * German page's Ausstehend has its own sightings): the oldest of its labels' newest dated
 * sightings, since the screen is only as fresh as its stalest label; and by whom. Undefined
 * when none of its labels has a dated sighting.
 */
export function screenLastSeen(
  ids: readonly string[],
  platform?: Platform,
  labels = siteLabels(),
  locale: string = 'en',
): ScreenSeen | undefined {
  const newest = ids
    .map((id) => newestSighting(labelOf(id, labels), platform, locale))
    .filter((sighting): sighting is Sighting => sighting !== undefined)
    .sort((a, b) => firstDay(a.seen).localeCompare(firstDay(b.seen)));
  const stalest = newest[0];
  if (!stalest) return undefined;
  return {
    seen: stalest.seen,
    by: stalest.kind ? seenBy[stalest.kind] : 'unknown evidence',
    on: stalest.on,
  };
}

/** The ids of the <UI id="…" /> labels an MDX body names, in order, each once. */
export function labelIdsIn(body: string): string[] {
  const ids = [...body.matchAll(/<UI\s+id="([^"]+)"\s*\/>/g)].map((match) => match[1]!);
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
