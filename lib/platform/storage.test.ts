import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, storageListeners, writeStored } from './storage';

describe('guarded storage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back what it wrote, and removes on null', () => {
    expect(writeStored('k', 'v')).toBe(true);
    expect(readStored('k')).toBe('v');
    writeStored('k', null);
    expect(readStored('k')).toBeNull();
  });

  it('answers null and false instead of throwing when storage is unavailable', () => {
    // The whole storage is replaced, not Storage.prototype's methods: happy-dom binds them to
    // the instance on first use, so a spy on the prototype would never be called.
    const unavailable = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(unavailable);
    expect(readStored('k')).toBeNull();
    expect(writeStored('k', 'v')).toBe(false);
  });
});

describe('storageListeners', () => {
  const otherTab = (key: string | null) =>
    window.dispatchEvent(new StorageEvent('storage', { key }));

  it('tells its listeners when another tab writes its key or clears storage, and only then', () => {
    const forget = vi.fn();
    const listener = vi.fn();
    const store = storageListeners('unsend.checklist', forget);
    const unsubscribe = store.subscribe(listener);
    otherTab('unsend.theme');
    expect(listener).not.toHaveBeenCalled();
    otherTab('unsend.checklist');
    otherTab(null);
    expect(forget).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledTimes(2);
    store.changed();
    expect(listener).toHaveBeenCalledTimes(3);
    expect(forget).toHaveBeenCalledTimes(2);
    unsubscribe();
    otherTab('unsend.checklist');
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
