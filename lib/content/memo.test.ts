import { once, onceByKey } from './memo';

describe('once', () => {
  it('loads on the first call only and returns the same value after', () => {
    const load = vi.fn(() => ({ loaded: true }));
    const get = once(load);
    expect(load).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps failing while the load throws, rather than remembering nothing', () => {
    let calls = 0;
    const get = once(() => {
      calls += 1;
      if (calls === 1) throw new Error('bad content');
      return calls;
    });
    expect(get).toThrow('bad content');
    expect(get()).toBe(2);
    expect(get()).toBe(2);
  });
});

describe('onceByKey', () => {
  it('loads each key once', () => {
    const load = vi.fn((folder: string) => [folder]);
    const get = onceByKey(load);
    expect(get('faq')).toBe(get('faq'));
    expect(get('learn')).toEqual(['learn']);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
