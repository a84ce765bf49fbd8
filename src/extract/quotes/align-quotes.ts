import type { Claim } from '../../types.js';
import { contentWords, quoteSimilarity, quoteWords } from './quote-similarity.js';

/** The same quote as several articles render it. */
export interface QuoteGroup {
  /** Claim ids, in the order the claims were given. */
  claims: string[];
  /** Articles the quote appears in, in first-seen order. */
  articles: string[];
  /** Aligned pairs from different articles, with their similarity: the input of a word-level diff. */
  pairs: Array<{ a: string; b: string; similarity: number }>;
}

export interface AlignOptions {
  /** Lowest similarity for two quotes to be the same (default 0.6). */
  threshold?: number;
}

// A word in more quotes than this says nothing about which quotes match; skipping it keeps the
// candidate search close to linear.
const MAX_POSTINGS = 64;

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/**
 * Groups the quote claims that render one quote in different articles. Candidates share a content
 * word (through an index, not all pairs); a pair is aligned when `quoteSimilarity` reaches the
 * threshold, so small wording changes ("will not" / "won't") still align and different quotes
 * do not. Pure: same claims in, same groups out.
 */
export function alignQuotes(claims: readonly Claim[], options: AlignOptions = {}): QuoteGroup[] {
  const threshold = options.threshold ?? 0.6;
  const quotes = claims.filter((claim): claim is Claim<'quote'> => claim.kind === 'quote');
  const words = quotes.map((claim) => quoteWords(claim.value.quote));
  const postings = new Map<string, number[]>();
  words.forEach((list, index) => {
    for (const word of new Set(contentWords(list))) {
      const posting = postings.get(word);
      if (posting) posting.push(index);
      else postings.set(word, [index]);
    }
  });
  const parent = quotes.map((_, index) => index);
  const pairs: QuoteGroup['pairs'] = [];
  const tried = new Set<number>();
  for (let i = 0; i < quotes.length; i++) {
    tried.clear();
    for (const word of new Set(contentWords(words[i]!))) {
      const posting = postings.get(word)!;
      if (posting.length > MAX_POSTINGS) continue;
      for (const j of posting) {
        if (j <= i || tried.has(j) || quotes[j]!.article === quotes[i]!.article) continue;
        tried.add(j);
        const similarity = quoteSimilarity(words[i]!, words[j]!);
        if (similarity < threshold) continue;
        pairs.push({ a: quotes[i]!.id, b: quotes[j]!.id, similarity: Math.round(similarity * 1000) / 1000 });
        parent[find(parent, j)] = find(parent, i);
      }
    }
  }
  const groups = new Map<number, QuoteGroup>();
  const groupOf = new Map<string, QuoteGroup>();
  quotes.forEach((claim, index) => {
    const root = find(parent, index);
    let group = groups.get(root);
    if (!group) {
      group = { claims: [], articles: [], pairs: [] };
      groups.set(root, group);
    }
    group.claims.push(claim.id);
    if (!group.articles.includes(claim.article)) group.articles.push(claim.article);
    groupOf.set(claim.id, group);
  });
  for (const pair of pairs) groupOf.get(pair.a)!.pairs.push(pair);
  return [...groups.values()].filter((group) => group.articles.length > 1);
}
