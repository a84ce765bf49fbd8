import { compareQuotes } from '../../../src/reconcile/compare/quote-wording.js';

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
