import fc from 'fast-check';
import { AFTER_NOT_ANY_CASE, AFTER_NOT_CASED, anyOf, BEFORE_NOT_ANY_CASE, BEFORE_NOT_CASED } from '../../../src/extract/quantities/not-quantity.js';

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
