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
