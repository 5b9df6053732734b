// `npm run evidence`: the maintainers' to-do list, from content/labels.ts and content/sources.ts
// and the content that cites them (lib/evidence/report.ts says what it prints).
import { loadAllContent } from '../lib/content/load-all';
import type { Translation } from '../lib/content/translation';
import { evidenceReport } from '../lib/evidence/report';
import { translationReport } from '../lib/evidence/translations';
import { labelsFile, siteLabels } from '../lib/labels/registry';
import { siteSources } from '../lib/sources/registry';

const translations: { file: string; translation: Translation }[] = [];
const citedBy = new Map<string, string[]>();
const cite = (id: string, by: string) => citedBy.set(id, [...(citedBy.get(id) ?? []), by]);

// Every language's content: a translation cites its sources too.
const collectionsRead = [...loadAllContent().values()].flatMap((content) => Object.values(content));
for (const items of collectionsRead) {
  for (const item of items as unknown[]) {
    const entry = (item as { text?: unknown }).text ?? item;
    const { file, sources, data, translation } = entry as {
      file: string;
      translation?: Translation;
      sources?: { id: string }[];
      data?: { sources: { id: string }[] };
    };
    if (translation) translations.push({ file, translation });
    for (const source of sources ?? data?.sources ?? [])
      cite(source.id, file.replace(/^content\//, ''));
  }
}
for (const label of siteLabels().values())
  for (const text of [...label.languages.values()].flat())
    for (const sighting of text.sightings)
      if (
        sighting.source &&
        !citedBy.get(sighting.source.id)?.includes(`${labelsFile}#${label.id}`)
      )
        cite(sighting.source.id, `${labelsFile}#${label.id}`);

console.log(
  evidenceReport(
    [...siteLabels().values()],
    [...siteSources().values()],
    citedBy,
    process.env.EVIDENCE_TODAY ? new Date(process.env.EVIDENCE_TODAY) : new Date(),
  ),
);
console.log(`\n${translationReport(translations)}`);
