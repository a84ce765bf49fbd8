import fc from 'fast-check';
import { isOneEditApart } from '../../src/util/one-edit.js';
import { editDistance } from '../../src/util/natural.js';

describe('isOneEditApart', () => {
  test('typos of a month name: changed, missing, extra and swapped letters', () => {
    expect(isOneEditApart('novemer', 'november')).toBe(true);
    expect(isOneEditApart('novembre', 'november')).toBe(true);
    expect(isOneEditApart('novvember', 'november')).toBe(true);
    expect(isOneEditApart('nivember', 'november')).toBe(true);
    expect(isOneEditApart('movember', 'november')).toBe(true);
    expect(isOneEditApart('november', 'november')).toBe(false);
    expect(isOneEditApart('nvmber', 'november')).toBe(false);
    expect(isOneEditApart('septembre', 'september')).toBe(true);
    expect(isOneEditApart('augusta', 'august')).toBe(true);
  });

  test('a repeated letter is one edit (natural\'s unrestricted distance says 0 there)', () => {
    expect(isOneEditApart('smith', 'smiith')).toBe(true);
    expect(editDistance('smith', 'smiith')).toBe(1);
    expect(editDistance('ab', 'abb')).toBe(1);
  });

  test('agrees with the edit distance being 1, for any two short strings', () => {
    // A small alphabet makes near misses (swaps, repeats) common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isOneEditApart(a, b)).toBe(editDistance(a, b) === 1);
      }),
      { numRuns: 3000 },
    );
  });
});
