import 'server-only';
import { collections } from '@/lib/content/collections';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import { defaultLocale, type Locale } from '@/lib/locales';
import { doneOf, type FlowKind } from '@/lib/routes';
import type { doneSchema } from './schema';
import type { z } from 'zod';

export type Done = Entry<z.infer<typeof doneSchema>>;

/**
 * What a finished flow of this kind tells the person happens now: the done panel its kind
 * ends with (lib/routes.ts flowKindTable), content/guides/done/<id>.mdx.
 */
export function loadDone(kind: FlowKind, locale: Locale = defaultLocale): Done {
  const id = doneOf(kind);
  return readCollection(collections['done panels'], locale).find((entry) => entry.id === id)!;
}
