import fc from 'fast-check';
import { compareQuotes, relationWithoutDiff } from '../../../src/reconcile/compare/quote-wording.js';
import { sameWords } from '../../../src/util/word-diff.js';

describe('quote wording', () => {
  test('an altered direct quote differs, with the changed words', () => {
    const result = compareQuotes({ quote: 'We will rebuild every school by winter', direct: true }, { quote: 'We will rebuild most schools by winter', direct: true });
    expect(result.relation).toBe('different');
    expect(result.removed).toEqual(['every', 'school']);
    expect(result.added).toEqual(['most', 'schools']);
  });

  test('case and punctuation do not count; an excerpt or a paraphrase is compatible', () => {
    expect(compareQuotes({ quote: 'We will rebuild.', direct: true }, { quote: 'we will rebuild', direct: true }).relation).toBe('same');
    expect(compareQuotes({ quote: 'We will rebuild every school by winter', direct: true }, { quote: 'rebuild every school', direct: true }).relation).toBe('compatible');
    expect(compareQuotes({ quote: 'they would rebuild the schools soon', direct: false }, { quote: 'We will rebuild every school by winter', direct: true }).relation).toBe('compatible');
  });
});

describe('relationWithoutDiff', () => {
  test('gives what compareQuotes gives a pair that is not two direct quotes, and nothing for two direct ones', () => {
    const words = fc.constantFrom('We', 'will', 'rebuild', 'every', 'school', 'School,', '"winter"', 'well-kept', 'well', 'kept', '  ', '—', '');
    const side = fc.record({ quote: fc.array(words, { maxLength: 7 }).map((list) => list.join(' ')), direct: fc.boolean() });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const relation = relationWithoutDiff(a, b, sameWords);
        if (a.direct && b.direct) expect(relation).toBeUndefined();
        else expect(relation).toBe(compareQuotes(a, b).relation);
      }),
    );
  });
});
