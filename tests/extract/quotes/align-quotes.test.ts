import { alignQuotes } from '../../../src/extract/quotes/align-quotes.js';
import { quoteSimilarity, quoteWords } from '../../../src/extract/quotes/quote-similarity.js';
import type { Claim, QuoteValue } from '../../../src/types.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

function quoteClaim(id: string, text: string, quote: string): Claim<'quote'> {
  const value: QuoteValue = { quote, speakerKind: 'named', speaker: 'Lena Moreau', direct: true };
  return claimOn(makeArticle(id, text, '2024-05-06'), 'quote', quote, value);
}

describe('alignQuotes', () => {
  const first = quoteClaim('wire', '"We will not walk away from our partners in the region," Lena Moreau said.', 'We will not walk away from our partners in the region');
  const second = quoteClaim('daily', 'Moreau said: "We won\'t walk away from our partners in this region."', "We won't walk away from our partners in this region.");
  const other = quoteClaim('weekly', '"The budget for the region will be cut next year," Lena Moreau said.', 'The budget for the region will be cut next year');

  test('two renderings of one quote with small wording changes are aligned', () => {
    const groups = alignQuotes([first, second, other]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims).toEqual([first.id, second.id]);
    expect(groups[0]!.articles).toEqual(['wire', 'daily']);
    expect(groups[0]!.pairs).toHaveLength(1);
    expect(groups[0]!.pairs[0]).toMatchObject({ a: first.id, b: second.id });
    expect(groups[0]!.pairs[0]!.similarity).toBeGreaterThanOrEqual(0.6);
  });

  test('different quotes by the same speaker on the same subject are not aligned', () => {
    expect(alignQuotes([first, other])).toEqual([]);
    expect(quoteSimilarity(quoteWords(first.value.quote), quoteWords(other.value.quote))).toBeLessThan(0.6);
  });

  test('a fragment quoted in one article aligns with the full quote in another', () => {
    const fragment = quoteClaim('digest', 'She vowed not to "walk away from our partners" in the region.', 'walk away from our partners');
    const groups = alignQuotes([first, fragment]);
    expect(groups.map((group) => group.claims)).toEqual([[first.id, fragment.id]]);
  });

  test('an aligned pair carries the similarity quoteSimilarity gives its words', () => {
    const fragment = quoteClaim('digest', 'She vowed not to "walk away from our partners" in the region.', 'walk away from our partners');
    const claims = [first, second, other, fragment];
    const text = new Map(claims.map((claim) => [claim.id, claim.value.quote]));
    const pairs = alignQuotes(claims).flatMap((group) => group.pairs);
    expect(pairs.length).toBeGreaterThan(1);
    for (const pair of pairs) {
      const expected = quoteSimilarity(quoteWords(text.get(pair.a)!), quoteWords(text.get(pair.b)!));
      expect(pair.similarity).toBe(Math.round(expected * 1000) / 1000);
    }
  });

  test('quotes within one article are not paired with each other', () => {
    const again = quoteClaim('wire', 'Later: "We will not walk away from our partners in the region."', 'We will not walk away from our partners in the region.');
    expect(alignQuotes([first, again])).toEqual([]);
  });
});
