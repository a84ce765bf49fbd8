import { rememberingPairs } from '../../src/util/remember-pairs.js';

describe('rememberingPairs', () => {
  test('asks once per ordered pair, and gives the same answers as the comparison itself', () => {
    const asked: string[] = [];
    const compare = (a: string, b: string) => {
      asked.push(`${a}|${b}`);
      return a.length === b.length;
    };
    const remembering = rememberingPairs(compare);
    expect([remembering('Reuters', 'Xinhua'), remembering('Reuters', 'Xinhua'), remembering('Xinhua', 'Reuters')]).toEqual([false, false, false]);
    expect([remembering('AP', 'AFP'), remembering('AP', 'UN'), remembering('AP', 'UN')]).toEqual([false, true, true]);
    expect(asked).toEqual(['Reuters|Xinhua', 'Xinhua|Reuters', 'AP|AFP', 'AP|UN']);
  });

  test('a falsy answer is remembered too, and pairs whose joined text would collide stay apart', () => {
    let calls = 0;
    const remembering = rememberingPairs((a: string, b: string) => {
      calls++;
      return a === b ? 0 : a.length + b.length;
    });
    expect(remembering('x', 'x')).toBe(0);
    expect(remembering('x', 'x')).toBe(0);
    expect(remembering('a b', 'c')).toBe(4);
    expect(remembering('a', 'b c')).toBe(4);
    expect(calls).toBe(3);
  });
});
