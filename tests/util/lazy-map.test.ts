import { LazyMap } from '../../src/util/lazy-map.js';

describe('LazyMap', () => {
  test('is built on the first read only, once, and reads as the map it builds', () => {
    let builds = 0;
    const lazy = new LazyMap(() => {
      builds++;
      return new Map([
        ['a', 1],
        ['b', 2],
      ]);
    });
    expect(builds).toBe(0);
    expect(lazy.get('b')).toBe(2);
    expect(lazy.has('c')).toBe(false);
    expect(lazy.size).toBe(2);
    expect([...lazy]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...lazy.keys()]).toEqual(['a', 'b']);
    expect([...lazy.values()]).toEqual([1, 2]);
    const seen: string[] = [];
    lazy.forEach((value, key, map) => seen.push(`${key}=${value}:${map === lazy}`));
    expect(seen).toEqual(['a=1:true', 'b=2:true']);
    expect(builds).toBe(1);
  });
});
