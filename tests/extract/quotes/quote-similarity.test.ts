import fc from 'fast-check';
import { profileSimilarity, QuoteNumbering, quoteProfile, similarityOfShared, type NumberedProfile } from '../../../src/extract/quotes/quote-similarity.js';

/** What two numbered profiles share, counted as `alignQuotes` counts it. */
function similarityOfNumbered(a: NumberedProfile, b: NumberedProfile): number {
  const content = a.content.filter((word) => b.content.includes(word)).length;
  const bigrams = a.bigrams.filter((bigram) => b.bigrams.includes(bigram)).length;
  return similarityOfShared(a.sizes, b.sizes, { bigrams, content });
}

describe('QuoteNumbering', () => {
  const word = fc.constantFrom('we', 'will', 'not', 'walk', 'away', 'from', 'the', 'region', 'partners', "won't");
  const quote = fc.array(word, { maxLength: 9 });

  test('numbered profiles have the sizes and give the similarity of word profiles', () => {
    fc.assert(
      fc.property(quote, quote, (a, b) => {
        const numbering = new QuoteNumbering();
        const [na, nb] = [numbering.profile(a), numbering.profile(b)];
        const [pa, pb] = [quoteProfile(a), quoteProfile(b)];
        expect(na.sizes).toEqual({ length: pa.length, bigrams: pa.bigrams.size, content: pa.content.size });
        expect(similarityOfNumbered(na, nb)).toBe(profileSimilarity(pa, pb));
      }),
    );
  });

  test('bigrams stay apart when the words are numbered beyond the small numbers', () => {
    const numbering = new QuoteNumbering();
    numbering.profile(Array.from({ length: 40_000 }, (_, i) => `w${i}`));
    const [a, b] = [['late', 'word', 'one', 'more'], ['late', 'word', 'more', 'one']];
    const [na, nb] = [numbering.profile(a), numbering.profile(b)];
    expect(similarityOfNumbered(na, nb)).toBe(profileSimilarity(quoteProfile(a), quoteProfile(b)));
  });
});
