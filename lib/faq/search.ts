/** One FAQ item as the search sees it: plain text, made on the server at build time. */
export interface FaqSearchDoc {
  id: string;
  question: string;
  answer: string;
}

/** Each matching item's id, with the words of its question that matched (to highlight). */
export type FaqMatches = ReadonlyMap<string, readonly string[]>;

export type FaqSearcher = (query: string) => FaqMatches;

/**
 * A word as the index keeps it and the search looks it up: lower case, accents and umlauts
 * dropped, ligatures and ß spelt out. So "zuruckziehen" finds "zurückziehen", "equipe" finds
 * "équipe", "strasse" finds "Straße" and "oeuvre" finds "œuvre", in any edition's words.
 */
export function foldTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * Builds the index of one edition's items. MiniSearch is imported here, on first use, so the
 * page loads without it. Every word must match (AND), each as a prefix ("withdr") or with a
 * typo ("resnd"), with or without its accents (foldTerm).
 */
export async function createFaqSearcher(docs: readonly FaqSearchDoc[]): Promise<FaqSearcher> {
  const { default: MiniSearch } = await import('minisearch');
  const index = new MiniSearch<FaqSearchDoc>({
    fields: ['question', 'answer'],
    processTerm: foldTerm,
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { question: 2 } },
  });
  index.addAll(docs);
  return (query) =>
    new Map(
      index.search(query).map((result) => [
        String(result.id),
        Object.entries(result.match)
          .filter(([, fields]) => fields.includes('question'))
          .map(([term]) => term),
      ]),
    );
}

// MiniSearch's own word boundary, so the words marked are the words it matched.
const boundary = /([\n\r\p{Z}\p{P}]+)/u;

export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits `text` into runs, marking the words that are (folded, as foldTerm) among `terms`. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms.map(foldTerm));
  const segments: Segment[] = [];
  for (const part of text.split(boundary)) {
    if (!part) continue;
    const marked = wanted.has(foldTerm(part));
    const last = segments.at(-1);
    if (last && !last.marked && !marked) last.text += part;
    else segments.push({ text: part, marked });
  }
  return segments;
}
