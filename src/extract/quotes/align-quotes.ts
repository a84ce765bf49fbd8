import type { Claim } from '../../types.js';
import { profileSimilarity, quoteProfile, quoteWords } from './quote-similarity.js';

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
  const profiles = quotes.map((claim) => quoteProfile(quoteWords(claim.value.quote)));
  const postings = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const word of profile.content) {
      const posting = postings.get(word);
      if (posting) posting.push(index);
      else postings.set(word, [index]);
    }
  });
  const parent = quotes.map((_, index) => index);
  const pairs: QuoteGroup['pairs'] = [];
  const shared = new Map<number, number>();
  for (let i = 0; i < quotes.length; i++) {
    // Content words shared with each later quote, counted through the postings.
    shared.clear();
    let unindexed = 0;
    for (const word of profiles[i]!.content) {
      const posting = postings.get(word)!;
      if (posting.length > MAX_POSTINGS) {
        unindexed++;
        continue;
      }
      for (const j of posting) if (j > i && quotes[j]!.article !== quotes[i]!.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      // The content half bounds the similarity, (bigrams ≤ 1 + content) / 2, so most candidates are
      // dismissed without building anything; words too common to index may be shared too.
      const smaller = Math.min(profiles[i]!.content.size, profiles[j]!.content.size);
      if ((1 + Math.min(1, (count + unindexed) / smaller)) / 2 < threshold) continue;
      const similarity = profileSimilarity(profiles[i]!, profiles[j]!);
      if (similarity < threshold) continue;
      pairs.push({ a: quotes[i]!.id, b: quotes[j]!.id, similarity: Math.round(similarity * 1000) / 1000 });
      parent[find(parent, j)] = find(parent, i);
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
