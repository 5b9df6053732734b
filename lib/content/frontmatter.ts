import { parse, YAMLParseError } from 'yaml';
import { ContentError } from './errors';

export interface SplitSource {
  frontmatter: Record<string, unknown>;
  body: string;
  /** Lines before the body, so positions in the body can be shifted to lines of the file. */
  bodyLine: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a content file into its YAML frontmatter and its body. YAML is read with the core
 * schema (YAML 1.2), which has no timestamp type: `lastChecked: 2026-13-45` stays the text
 * the author wrote, so the date check sees it (YAML 1.1 would turn it into 2027-02-14).
 * Duplicate keys are an error, not "the last one wins".
 */
export function splitFrontmatter(file: string, source: string): SplitSource {
  const match = fence.exec(source);
  if (!match) return { frontmatter: {}, body: source, bodyLine: 0 };
  let data: unknown;
  try {
    data = parse(match[1]!, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The fence is line 1 of the file, so YAML's line n is the file's line n + 1.
    const line = error.linePos ? ` (line ${error.linePos[0].line + 1})` : '';
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, 'frontmatter', `is not valid YAML${line}: ${problem}`);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ContentError(file, 'frontmatter', 'must be "key: value" lines');
  }
  return {
    frontmatter: (data ?? {}) as Record<string, unknown>,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length - 1,
  };
}
