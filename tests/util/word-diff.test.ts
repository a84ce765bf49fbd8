import fc from 'fast-check';
import { changedWords, rememberingChangedWords, sameWords } from '../../src/util/word-diff.js';

describe('changedWords', () => {
  test('words removed and added, ignoring case, punctuation and dashes', () => {
    expect(changedWords('The ferry left port at dawn.', 'the ferry left the port at dusk')).toEqual({ removed: ['dawn'], added: ['the', 'dusk'] });
    expect(changedWords('A well-kept secret', 'a well kept secret!')).toEqual({ removed: [], added: [] });
  });
});

describe('rememberingChangedWords', () => {
  test('gives what changedWords gives, also for a pair asked twice and for texts seen in other pairs', () => {
    const words = fc.constantFrom('the', 'ferry', 'left', 'Port', 'at', 'dawn', 'dusk,', '"quoted"', 'well-kept', '');
    const text = fc.array(words, { maxLength: 8 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (pairs) => {
        const changed = rememberingChangedWords();
        for (const [a, b] of [...pairs, ...pairs]) {
          const words = changedWords(a, b);
          expect(changed(a, b)).toEqual(words);
          // Same words exactly when the diff finds nothing, remembered or not.
          expect(changed.sameWords(a, b)).toBe(words.removed.length === 0 && words.added.length === 0);
          expect(sameWords(a, b)).toBe(changed.sameWords(a, b));
        }
      }),
    );
  });

  test('a caller changing a result does not change the next one', () => {
    const changed = rememberingChangedWords();
    changed('a b c', 'a x c').added.push('y');
    expect(changed('a b c', 'a x c')).toEqual({ removed: ['b'], added: ['x'] });
  });
});
