import fc from 'fast-check';
import { editDistance } from '../../src/util/edit-distance.js';
import { editDistance as naturalEditDistance } from '../../src/util/natural.js';

describe('editDistance', () => {
  test('changed, added, removed and swapped letters are one edit each; a swap is not two', () => {
    expect(editDistance('antony', 'anthony')).toBe(1);
    expect(editDistance('heydar', 'heidar')).toBe(1);
    expect(editDistance('alishbandi', 'alishvandi')).toBe(1);
    expect(editDistance('smith', 'smiht')).toBe(1);
    expect(editDistance('smith', 'smiith')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', '')).toBe(0);
  });

  test('gives what natural\'s restricted Damerau-Levenshtein distance gives, for any two short strings', () => {
    // A small alphabet makes near misses (swaps, repeats) common; the emoji is two code units.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(naturalEditDistance(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
