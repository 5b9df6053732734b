// `npm run evidence`: the maintainers' to-do list, from content/labels.ts and content/sources.ts
// and the content that cites them (lib/evidence/report.ts says what it prints).
import { loadAllContent } from '../lib/content/load-all';
import { evidenceReport } from '../lib/evidence/report';
import { labelsFile, siteLabels } from '../lib/labels/registry';
import { siteSources } from '../lib/sources/registry';

const citedBy = new Map<string, string[]>();
const cite = (id: string, by: string) => citedBy.set(id, [...(citedBy.get(id) ?? []), by]);

// Every language's content: a translation cites its sources too.
const collectionsRead = [...loadAllContent().values()].flatMap((content) => Object.values(content));
for (const items of collectionsRead) {
  for (const item of items as unknown[]) {
    const entry = (item as { text?: unknown }).text ?? item;
    const { file, sources, data } = entry as {
      file: string;
      sources?: { id: string }[];
      data?: { sources: { id: string }[] };
    };
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
