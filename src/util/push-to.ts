/**
 * Adds `value` to the list kept under `key`, creating the list on first use. Grouping with
 * `map.set(key, [...(map.get(key) ?? []), value])` copies the list on every add: quadratic in the
 * size of the group, which is what a run of thousands of articles makes large.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
