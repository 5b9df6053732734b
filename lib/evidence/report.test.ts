import { checkLabels } from '@/lib/labels/registry';
import { checkSources } from '@/lib/sources/registry';
import { evidenceReport } from './report';

const sources = checkSources({
  notes: {
    kind: 'field-notes',
    title: 'N',
    url: 'https://example.com/n',
    seen: '2026-09-10',
    read: '2026-12-06',
  },
  code: {
    kind: 'page-code',
    title: 'C',
    url: 'https://example.com/c',
    seen: '2025-12',
    read: '2026-12-01',
  },
  spare: { kind: 'page-code', title: 'S', url: 'https://example.com/s', read: '2026-11-01' },
});
const labels = checkLabels(
  {
    pending: { what: 'p', en: [{ text: 'Pending', sightings: [{ source: 'notes', on: 'web' }] }] },
    'load-more': {
      what: 'l',
      en: [{ text: 'Load more', sightings: [{ source: 'code', on: 'web' }] }],
    },
    me: { what: 'me', en: [{ text: 'Me', sightings: [{ note: 'top bar', on: 'web' }] }] },
  },
  sources,
);
const report = evidenceReport(
  [...labels.values()],
  [...sources.values()],
  new Map([
    ['notes', ['guides/profile/desktop.mdx', 'content/labels.ts#pending']],
    ['code', ['faq/cant-find-in-sent.mdx']],
  ]),
  new Date('2026-12-07T00:00:00Z'),
);
const lines = report.split('\n');

describe('npm run evidence', () => {
  it('lists labels stalest first: undated, then stale, then fresh', () => {
    const labelLines = lines.slice(1, 4);
    expect(labelLines[0]).toMatch(/undated .*"Me".*check: no dated sighting/);
    expect(labelLines[1]).toMatch(/12 mo .*2025-12 .*load-more .*"Load more".*code {2}STALE$/);
    expect(labelLines[2]).toMatch(/3 mo .*2026-09-10 .*pending .*"Pending".*notes$/);
  });

  it('lists each source, least recently read first, with what cites it', () => {
    const sourceLines = lines.slice(lines.indexOf('') + 2);
    expect(sourceLines).toEqual([
      expect.stringMatching(/spare .*read 2026-11-01 {2}0 cite it: NOTHING \(remove it\)/),
      expect.stringMatching(/code .*read 2026-12-01 {2}1 cite it: faq\/cant-find-in-sent\.mdx$/),
      expect.stringMatching(
        /notes .*read 2026-12-06 {2}2 cite it: guides\/profile\/desktop\.mdx, content\/labels\.ts#pending$/,
      ),
    ]);
  });
});
