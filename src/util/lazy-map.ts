/**
 * A read-only map built the first time it is read. The reconciler hands rules maps keyed by claim id
 * (claim → event, id → claim): with a million claims (a 25 MB article) each costs about a second and
 * tens of megabytes to build, and a story of one article often asks nothing of them.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private built: Map<K, V> | undefined;

  constructor(private readonly build: () => Map<K, V>) {}

  private get map(): Map<K, V> {
    return (this.built ??= this.build());
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): IterableIterator<[K, V]> {
    return this.map.entries();
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }

  values(): IterableIterator<V> {
    return this.map.values();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
}
