import fc from 'fast-check';
import { lastWord } from '../../../src/extract/quantities/last-word.js';

/** What lastWord gave when it tested every character with the pattern. */
function byPattern(text: string, end: number): { word: string; start: number } | undefined {
  let stop = end;
  while (stop > 0 && /[ \n\t]/u.test(text[stop - 1]!)) stop--;
  let start = stop;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return start === stop ? undefined : { word: text.slice(start, stop).toLowerCase(), start };
}

describe('lastWord', () => {
  test('the word before a position, spaces skipped, lower-cased, dots kept', () => {
    expect(lastWord('killing at least 10', 17)).toEqual({ word: 'least', start: 11 });
    expect(lastWord('approx. 40', 8)).toEqual({ word: 'approx.', start: 0 });
    expect(lastWord('Über 40', 5)).toEqual({ word: 'über', start: 0 });
    expect(lastWord('(40', 1)).toBeUndefined();
  });

  test('reads letters as the pattern does, ASCII or not', () => {
    const unit = fc.constantFrom('a', 'Z', '.', ' ', '\t', '\n', '1', '@', '[', '`', '{', 'é', 'Ж', 'ß', '\u00a0', '😀', '\ud800', '’');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), fc.nat(), (units, at) => {
        const text = units.join('');
        const end = text.length === 0 ? 0 : at % (text.length + 1);
        expect(lastWord(text, end)).toEqual(byPattern(text, end));
      }),
      { numRuns: 3000 },
    );
  });
});
