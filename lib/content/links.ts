import { childrenOf, type MdxNode } from './mdx';

/** A link in content: where it points, and where it is written (for the error message). */
export interface ContentLink {
  href: string;
  field: string;
  line?: number;
}

/** Every Markdown link (and link definition) of a body: the one way links are read out of MDX. */
export function bodyLinks(ast: MdxNode, field = 'body'): ContentLink[] {
  const visit = (node: MdxNode): ContentLink[] => [
    ...((node.type === 'link' || node.type === 'definition') && node.url
      ? [{ href: node.url, field, line: node.position?.start.line }]
      : []),
    ...childrenOf(node).flatMap(visit),
  ];
  return visit(ast);
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
