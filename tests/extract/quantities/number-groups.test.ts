import fc from 'fast-check';
import { findNumbers } from '../../../src/extract/quantities/number-groups.js';

const everyOffset = (text: string) => Array.from({ length: text.length }, (_, index) => index);

describe('findNumbers', () => {
  test('spans of numbers in digits, words, scales and vague amounts', () => {
    const text = 'A dozen boats, a few hundred tents, half a million euros, 2011 homes and 3,000 more: a man saw G20 and twenty-six.';
    expect(findNumbers(text).map((mention) => [text.slice(mention.start, mention.end), mention.parsed.value, mention.glued])).toEqual([
      ['A dozen', 12, false],
      ['a few hundred', 300, false],
      ['half a million', 500000, false],
      ['2011', 2011, false],
      ['3,000', 3000, false],
      ['20', 20, true],
      ['twenty-six', 26, false],
    ]);
  });

  test('the candidate scan loses no number the pattern finds when tried at every offset', () => {
    // Pieces that make numbers, near misses ("a man", "tenfold") and glue (letters, commas, dots).
    const piece = fc.constantFrom('a', 'A', 'half', 'few', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'man', 'one', 'ten', 'fold', 'tens', 'of', 'several', 'scores', '12', '3,000', '1.5', '2011', 'G', 'é', ' ', ' ', '-', ',', '.', 'and', 'or', 'to');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(findNumbers(text)).toEqual(findNumbers(text, [], everyOffset(text)));
      }),
      { numRuns: 3000 },
    );
  });
});
