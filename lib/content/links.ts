import type { Position } from 'unist';

/** A link in content: where it points, and where it is written (for the error message). */
export interface ContentLink {
  href: string;
  field: string;
  line?: number;
}

interface Node {
  type: string;
  url?: string;
  children?: Node[];
  position?: Position;
}

/** Every Markdown link (and link definition) of a body: the one way links are read out of MDX. */
export function bodyLinks(ast: unknown, field = 'body'): ContentLink[] {
  const visit = (node: Node): ContentLink[] => [
    ...((node.type === 'link' || node.type === 'definition') && node.url
      ? [{ href: node.url, field, line: node.position?.start.line }]
      : []),
    ...(node.children ?? []).flatMap(visit),
  ];
  return visit(ast as Node);
}

/** Every `href` anywhere in frontmatter data, named by its path (`links.0.href`). */
export function frontmatterLinks(data: unknown, path: string[] = []): ContentLink[] {
  if (Array.isArray(data))
    return data.flatMap((item, i) => frontmatterLinks(item, [...path, `${i}`]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'href' && typeof value === 'string'
      ? [{ href: value, field: [...path, key].join('.') }]
      : frontmatterLinks(value, [...path, key]),
  );
}
