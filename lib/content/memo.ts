/**
 * How every loader remembers what it read: content does not change during a build, so each
 * file is read and checked once per process. A call that throws is not remembered, so the
 * next call reports the same error again instead of returning nothing.
 */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/** `once` per key: a loader that tests point at a fixture folder remembers each folder apart. */
export function onceByKey<K, T>(load: (key: K) => T): (key: K) => T {
  const loaded = new Map<K, T>();
  return (key) => {
    if (!loaded.has(key)) loaded.set(key, load(key));
    return loaded.get(key) as T;
  };
}
