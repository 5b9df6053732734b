import { fill } from '@/lib/i18n/fill';
import { readStored, storageKeys, storageListeners, writeStored } from '@/lib/platform/storage';

export interface ChecklistItem {
  id: number;
  name: string;
  done: boolean;
}

export interface ChecklistState {
  items: readonly ChecklistItem[];
  /** False once this browser refused to store the list: it then lives only in this page. */
  saved: boolean;
}

export const maxNameLength = 200;
export const maxItems = 1000;

/** One name per line, as people paste them: list markers, blank lines and extra spaces go. */
export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, maxNameLength),
    )
    .filter(Boolean);
}

/** How progress is worded: "{done} of {total} done", and its form once all are ticked off. */
export interface ProgressWords {
  progress: string;
  progressAll: string;
}

const english: ProgressWords = {
  progress: '{done} of {total} done',
  progressAll: '{done} of {total} done: all withdrawn',
};

/** "3 of 5 done", and when every name is ticked off, that they are all withdrawn. */
export function progressText(
  items: readonly ChecklistItem[],
  words: ProgressWords = english,
): string {
  const done = items.filter((item) => item.done).length;
  const all = items.length > 0 && done === items.length;
  return fill(all ? words.progressAll : words.progress, { done, total: items.length });
}

function isItem(value: unknown): value is ChecklistItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    Number.isInteger(item.id) && typeof item.name === 'string' && typeof item.done === 'boolean'
  );
}

/** What this browser stored earlier; anything unreadable counts as an empty list. */
export function parseStored(raw: string | null): ChecklistItem[] {
  if (!raw) return [];
  try {
    const data: unknown = JSON.parse(raw);
    const items = (data as { items?: unknown }).items;
    return Array.isArray(items) ? items.filter(isItem).slice(0, maxItems) : [];
  } catch {
    return [];
  }
}

export interface ChecklistStorage {
  read(): string | null;
  /** Stores the list (null removes it); false if the browser refuses. */
  write(value: string | null): boolean;
}

const browserStorage: ChecklistStorage = {
  read: () => readStored(storageKeys.checklist),
  write: (value) => writeStored(storageKeys.checklist, value),
};

/** Before hydration (and on the server) the list is empty; the stored list arrives after. */
export const serverSnapshot: ChecklistState = { items: [], saved: true };

/**
 * The list and its actions, kept in this browser's storage and nowhere else. Shaped for
 * useSyncExternalStore; another tab editing the list updates this one.
 */
export function createChecklistStore(storage: ChecklistStorage = browserStorage, limit = maxItems) {
  let state: ChecklistState | null = null;
  const { changed: emit, subscribe } = storageListeners(storageKeys.checklist, () => {
    state = null;
  });

  const snapshot = (): ChecklistState => {
    if (!state) {
      const raw = storage.read();
      // Rewriting what is there (or removing nothing) has no effect, but tells whether
      // storage works before the person types a list they would lose.
      state = { items: parseStored(raw), saved: storage.write(raw) };
    }
    return state;
  };

  const update = (change: (items: readonly ChecklistItem[]) => ChecklistItem[]) => {
    const items = change(snapshot().items);
    const saved = storage.write(items.length ? JSON.stringify({ version: 1, items }) : null);
    state = { items, saved };
    emit();
  };

  return {
    /** How many names the list holds at most. */
    limit,
    getSnapshot: snapshot,
    subscribe,
    /** Adds names at the end; returns how many fitted under the limit. */
    add(names: readonly string[]): number {
      const room = limit - snapshot().items.length;
      const added = names.slice(0, Math.max(0, room));
      if (added.length === 0) return 0;
      update((items) => {
        let id = Math.max(0, ...items.map((item) => item.id));
        return [...items, ...added.map((name) => ({ id: ++id, name, done: false }))];
      });
      return added.length;
    },
    toggle(id: number) {
      update((items) =>
        items.map((item) => (item.id === id ? { ...item, done: !item.done } : item)),
      );
    },
    remove(id: number) {
      update((items) => items.filter((item) => item.id !== id));
    },
    clear() {
      update(() => []);
    },
  };
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;
