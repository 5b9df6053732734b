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
 * Builds the index. MiniSearch is imported here, on first use, so the page loads without it.
 * Every word must match (AND), each as a prefix ("withdr") or with a typo ("resnd").
 */
export async function createFaqSearcher(docs: readonly FaqSearchDoc[]): Promise<FaqSearcher> {
  const { default: MiniSearch } = await import('minisearch');
  const index = new MiniSearch<FaqSearchDoc>({
    fields: ['question', 'answer'],
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

/** Splits `text` into runs, marking the words that are (case-insensitively) among `terms`. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms.map((term) => term.toLowerCase()));
  const segments: Segment[] = [];
  for (const part of text.split(boundary)) {
    if (!part) continue;
    const marked = wanted.has(part.toLowerCase());
    const last = segments.at(-1);
    if (last && !last.marked && !marked) last.text += part;
    else segments.push({ text: part, marked });
  }
  return segments;
}
