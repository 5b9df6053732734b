import { firstDay, isStale, STALE_AFTER_MONTHS } from '@/lib/labels/freshness';
import type { Label } from '@/lib/labels/registry';
import type { Source } from '@/lib/sources/registry';

/** Whole months from a sighting's first day to today. */
function monthsSince(seen: string, today: Date): number {
  const [year, month] = firstDay(seen).split('-').map(Number) as [number, number];
  return (today.getUTCFullYear() - year) * 12 + today.getUTCMonth() + 1 - month;
}

const pad = (text: string, width: number) => text.padEnd(width);
const clip = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

/**
 * The maintainers' to-do list: every label text, in every language, by the age of its newest sighting, stalest
 * (and undated) first, and every source by the content that cites it. `today` is a parameter
 * so the report (and its test) is the same on every day it is asked about.
 */
export function evidenceReport(
  labels: readonly Label[],
  sources: readonly Source[],
  citedBy: ReadonlyMap<string, readonly string[]>,
  today: Date,
): string {
  // Every language's texts: English as the label's id, another as `id (de)`.
  const texts = (label: Label) =>
    [...(label.languages ?? new Map([['en', label.texts]]))].flatMap(([language, list]) =>
      list.map((text) => ({ language, text })),
    );
  const rows = labels.flatMap((label) =>
    texts(label).map(({ language, text }) => {
      const newest = text.sightings
        .filter((s) => s.seen)
        .sort((a, b) => firstDay(b.seen).localeCompare(firstDay(a.seen)))[0];
      const surfaces = [...new Set(text.sightings.map((s) => s.on))].join('+');
      const id = language === 'en' ? label.id : `${label.id} (${language})`;
      return { label: id, text: text.text, surfaces, newest };
    }),
  );
  rows.sort((a, b) =>
    firstDay(a.newest?.seen ?? '0').localeCompare(firstDay(b.newest?.seen ?? '0')),
  );
  const day = today.toISOString().slice(0, 10);
  const lines = [
    `LinkedIn's labels by the age of their newest sighting, stalest first (today ${day}; stale after ${STALE_AFTER_MONTHS} months)`,
    ...rows.map(({ label, text, surfaces, newest }) => {
      const age = newest ? `${monthsSince(newest.seen, today)} mo` : 'undated';
      const flag = !newest
        ? '  check: no dated sighting'
        : isStale(newest.seen, today)
          ? '  STALE'
          : '';
      const who = newest ? (newest.source?.id ?? `note: ${newest.note}`) : '';
      return `  ${pad(age, 8)}${pad(newest?.seen ?? '-', 11)}${pad(label, 24)}${pad(`"${clip(text, 24)}"`, 28)}${pad(surfaces, 13)}${who}${flag}`;
    }),
    '',
    'Sources by the content that cites them (least recently read first)',
    ...[...sources]
      .sort((a, b) => a.read.localeCompare(b.read) || a.id.localeCompare(b.id))
      .map((source) => {
        const citing = citedBy.get(source.id) ?? [];
        return `  ${pad(source.id, 28)}read ${source.read}  ${citing.length} cite it: ${citing.join(', ') || 'NOTHING (remove it)'}`;
      }),
  ];
  return lines.join('\n');
}
