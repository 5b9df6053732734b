/**
 * localStorage that never throws: Safari private mode, disabled storage and full quotas all
 * throw on access, and the guide must still work for those people.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export const storageKeys = {
  platform: 'unsend.platform',
  theme: 'unsend.theme',
  checklist: 'unsend.checklist',
  /** The screen variants a person chose in each flow (components/guide/variant-store.ts). */
  variants: 'unsend.variants',
} as const;

/**
 * The listeners of a store kept under one storage key, shaped for useSyncExternalStore's
 * `subscribe`. `changed()` tells them the store changed; when another tab writes the key (or
 * clears storage), `forget` runs first, so the store drops what it had read, and they are told
 * too. The `storage` listener is only attached while someone listens.
 */
export function storageListeners(key: string, forget: () => void) {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    forget();
    changed();
  };
  return {
    changed,
    subscribe(listener: () => void) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}
