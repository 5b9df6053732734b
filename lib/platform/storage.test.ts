import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from './storage';

describe('guarded storage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back what it wrote, and removes on null', () => {
    expect(writeStored('k', 'v')).toBe(true);
    expect(readStored('k')).toBe('v');
    writeStored('k', null);
    expect(readStored('k')).toBeNull();
  });

  it('answers null and false instead of throwing when storage is unavailable', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(readStored('k')).toBeNull();
    expect(writeStored('k', 'v')).toBe(false);
  });
});
