import fs from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { ContentError } from '@/lib/content/errors';
import { contentRoot, displayPath, readContentFile } from '@/lib/content/files';
import { faqCategories, type FaqCategory } from './categories';

/**
 * content/faq/order.yaml: each category (in the order /faq shows them) with its items' ids in
 * order, the one place an item's category and place are written. Returns each id's category,
 * in page order. Every id of `ids` is listed exactly once, and nothing else is.
 */
export function readFaqOrder(
  folder: string,
  name: string,
  ids: readonly string[],
): Map<string, FaqCategory> {
  const absolute = path.join(contentRoot, folder, name);
  const file = displayPath(absolute);
  const fail = (field: string, problem: string): never => {
    throw new ContentError(file, field, problem);
  };
  if (!fs.existsSync(absolute)) {
    fail('file', 'is missing: it lists each category’s item ids in the order /faq shows them');
  }
  let data: unknown;
  try {
    data = parse(readContentFile(absolute), { schema: 'core', uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    fail('(root)', `is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    fail('(root)', 'must map each category to the list of its item ids');
  }

  const lists = Object.entries(data as Record<string, unknown>);
  for (const [index, category] of faqCategories.entries()) {
    const listed = lists[index]?.[0];
    if (listed !== category) {
      fail(
        listed ?? '(root)',
        `expected "${category}" here: the categories stand in the order /faq shows them (${faqCategories.join(', ')})`,
      );
    }
  }
  if (lists.length > faqCategories.length) {
    fail(lists[faqCategories.length]![0], `is not a category (${faqCategories.join(', ')})`);
  }

  const order = new Map<string, FaqCategory>();
  const where = new Map<string, string>();
  for (const [category, list] of lists as [FaqCategory, unknown][]) {
    if (!Array.isArray(list)) fail(category, 'must be a list of item ids');
    for (const [i, id] of (list as unknown[]).entries()) {
      const field = `${category}[${i}]`;
      if (typeof id !== 'string' || !ids.includes(id)) {
        fail(field, `"${String(id)}" is not an FAQ item: there is no ${id}.mdx beside this file`);
      }
      const earlier = where.get(id as string);
      if (earlier) fail(field, `"${String(id)}" is listed twice (first at ${earlier})`);
      where.set(id as string, field);
      order.set(id as string, category);
    }
  }
  const missing = ids.find((id) => !order.has(id));
  if (missing)
    fail('(root)', `leaves out "${missing}" (${missing}.mdx): list it under its category`);
  return order;
}
