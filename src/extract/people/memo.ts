/**
 * Memoises a pure function of one string. Names and words recur across sentences and articles, so
 * lookups and foldings are computed once; the cache is cleared when it grows past `limit` entries
 * so a long run cannot hold the whole vocabulary of a corpus.
 */
export function memoize<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
