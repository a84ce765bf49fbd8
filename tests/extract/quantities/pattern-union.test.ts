import fc from 'fast-check';
import { AFTER_NOT_ANY_CASE, AFTER_NOT_CASED, BEFORE_NOT_ANY_CASE, BEFORE_NOT_CASED } from '../../../src/extract/quantities/not-quantity.js';
import { anyOf, FirstMatching } from '../../../src/extract/quantities/pattern-union.js';
import { PREDICATES_AFTER } from '../../../src/extract/quantities/counted-lexicon.js';

describe('anyOf', () => {
  test('matches exactly when one of its patterns does, for each list of what is no quantity', () => {
    // Pieces of dates, times, ages, labels and phone numbers, with near misses and odd case.
    const piece = fc.constantFrom('14', '2013', '03', '555', '1234', '09', '5', ':', '/', '.', '-', ' ', ' ', ',', 'st', 'TH', 'nd', 's', 'am', 'P.M.', 'a.m', 'of', 'March', 'MAR', 'may', 'Sept.', 'year', 'Years', 'old', 'olds', 'aged', 'Ages', 'from', 'to', 'and', 'No.', 'route', 'Line', '#', 'x', 'é', 'ſ');
    const text = fc.array(piece, { maxLength: 9 }).map((pieces) => pieces.join(''));
    const lists: Array<[readonly RegExp[], string]> = [[AFTER_NOT_CASED, 'u'], [AFTER_NOT_ANY_CASE, 'iu'], [BEFORE_NOT_CASED, 'u'], [BEFORE_NOT_ANY_CASE, 'iu']];
    const unions = lists.map(([patterns, flags]) => anyOf(patterns, flags));
    fc.assert(
      fc.property(text, (value) => {
        lists.forEach(([patterns], index) => expect(unions[index]!.test(value)).toBe(patterns.some((pattern) => pattern.test(value))));
      }),
      { numRuns: 5000 },
    );
  });

  test('refuses patterns of other flags and unnamed groups', () => {
    expect(() => anyOf([/a/u, /b/iu], 'u')).toThrow(/is not/u);
    expect(() => anyOf([/(a)\1/u], 'u')).toThrow(/unnamed group/u);
    expect(anyOf([/(?<x>a)\k<x>/u, /b/u], 'u').test('aa')).toBe(true);
  });
});

describe('FirstMatching', () => {
  test('finds the first predicate after a count that a loop over them finds, with the same match', () => {
    const piece = fc.constantFrom('killed', 'dead', 'and', 'or', 'missing', 'were', 'died', 'injured', 'in', 'hospital', 'a', 'critical', 'condition', 'suffered', 'from', 'severe', 'burns', 'taken', 'shelter', 'living', 'tents', 'rescued', 'pulled', 'alive', 'DEAD', ' ', ' ', ',', 'x', 'ſ');
    const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(' '));
    const first = new FirstMatching(PREDICATES_AFTER.map(([pattern]) => pattern), 'iu');
    fc.assert(
      fc.property(text, (value) => {
        const index = PREDICATES_AFTER.findIndex(([pattern]) => pattern.test(value));
        const found = first.exec(value);
        if (index < 0) expect(found).toBeUndefined();
        else expect(found).toEqual({ index, matched: PREDICATES_AFTER[index]![0].exec(value)![0] });
      }),
      { numRuns: 5000 },
    );
  });

  test('refuses a pattern not anchored at the start', () => {
    expect(() => new FirstMatching([/^a/u, /b/u], 'u')).toThrow(/not anchored/u);
  });
});
