import { readStored, storageKeys, storageListeners, writeStored } from '@/lib/platform/storage';

/** Per flow (its URL), the variant ids the person chose, most recent first. */
export type VariantChoices = Readonly<Record<string, readonly string[]>>;

/** How many choices a flow remembers: a flow offers a handful of variants at most. */
const perFlow = 8;

/** What this browser stored earlier; anything unreadable counts as no choice at all. */
export function parseChoices(raw: string | null): VariantChoices {
  if (!raw) return {};
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(
      Object.entries(data).flatMap(([flow, ids]) =>
        Array.isArray(ids)
          ? [[flow, ids.filter((id): id is string => typeof id === 'string').slice(0, perFlow)]]
          : [],
      ),
    );
  } catch {
    return {};
  }
}

/**
 * The variant a step opens on: the one the person chose most recently in this flow, if the
 * step offers it (a later step with a variant of the same id opens on it too), else the
 * step's first, whose evidence is freshest.
 */
export function chosenVariant(
  choices: VariantChoices,
  flow: string,
  offered: readonly string[],
): string {
  return choices[flow]?.find((id) => offered.includes(id)) ?? offered[0]!;
}

export interface VariantStorage {
  read(): string | null;
  write(value: string): boolean;
}

const browserStorage: VariantStorage = {
  read: () => readStored(storageKeys.variants),
  write: (value) => writeStored(storageKeys.variants, value),
};

/** Before hydration (and on the server) nothing is chosen: every step shows its first variant. */
export const noChoices: VariantChoices = {};

/**
 * The choices, kept in this browser's storage, shaped for useSyncExternalStore. Storage that
 * refuses still leaves the choice working for this page; another tab choosing updates this one.
 */
export function createVariantStore(storage: VariantStorage = browserStorage) {
  let state: VariantChoices | null = null;
  const { changed: emit, subscribe } = storageListeners(storageKeys.variants, () => {
    state = null;
  });
  const snapshot = () => (state ??= parseChoices(storage.read()));
  return {
    getSnapshot: snapshot,
    subscribe,
    choose(flow: string, id: string) {
      const current = snapshot();
      const ids = [id, ...(current[flow] ?? []).filter((other) => other !== id)].slice(0, perFlow);
      state = { ...current, [flow]: ids };
      storage.write(JSON.stringify(state));
      emit();
    },
  };
}

export const variantStore = createVariantStore();
