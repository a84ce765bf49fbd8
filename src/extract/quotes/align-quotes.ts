import type { Claim } from '../../types.js';
import { QuoteNumbering, quoteWords, similarityOfShared } from './quote-similarity.js';

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
  const numbering = new QuoteNumbering();
  const profiles = quotes.map((claim) => numbering.profile(quoteWords(claim.value.quote)));
  const postings: number[][] = Array.from({ length: numbering.words }, () => []);
  profiles.forEach((profile, index) => {
    for (const word of profile.content) postings[word]!.push(index);
  });
  const articleIds = new Map<string, number>();
  const articles = quotes.map((claim) => articleIds.get(claim.article) ?? articleIds.set(claim.article, articleIds.size).get(claim.article)!);
  const parent = quotes.map((_, index) => index);
  const pairs: QuoteGroup['pairs'] = [];
  // Per quote i: shared word counts of its candidates (in the order found), and which words and
  // bigrams it has (marked i + 1, so nothing needs clearing between quotes).
  const sharedWords = new Int32Array(quotes.length);
  const candidates: number[] = [];
  const wordMark = new Int32Array(numbering.words);
  const bigramMark = new Int32Array(numbering.bigrams);
  // Where quote i stands in each of its words' postings. Postings list quotes in ascending order and
  // quote i meets each of its words once, after every earlier quote that has it: the count of visits
  // so far is i's place, and the quotes after it are the later ones, the only candidates.
  const visits = new Int32Array(numbering.words);
  for (let i = 0; i < quotes.length; i++) {
    const own = profiles[i]!;
    for (const word of own.content) wordMark[word] = i + 1;
    for (const bigram of own.bigrams) bigramMark[bigram] = i + 1;
    // Content words shared with each later quote, counted through the postings.
    candidates.length = 0;
    let unindexed = 0;
    for (const word of own.content) {
      const posting = postings[word]!;
      const place = visits[word]!++;
      if (posting.length > MAX_POSTINGS) {
        unindexed++;
        continue;
      }
      for (let k = place + 1; k < posting.length; k++) {
        const j = posting[k]!;
        if (articles[j] === articles[i]) continue;
        if (sharedWords[j]++ === 0) candidates.push(j);
      }
    }
    for (const j of candidates) {
      const count = sharedWords[j]!;
      sharedWords[j] = 0;
      const other = profiles[j]!;
      // The content half bounds the similarity, (bigrams ≤ 1 + content) / 2, so most candidates are
      // dismissed without counting anything else; words too common to index may be shared too.
      const smaller = Math.min(own.sizes.content, other.sizes.content);
      if ((1 + Math.min(1, (count + unindexed) / smaller)) / 2 < threshold) continue;
      // With every word of quote i indexed, the postings counted every content word the two share.
      let content = count;
      if (unindexed > 0) {
        content = 0;
        for (const word of other.content) if (wordMark[word] === i + 1) content++;
      }
      let shared = 0;
      for (const bigram of other.bigrams) if (bigramMark[bigram] === i + 1) shared++;
      const similarity = similarityOfShared(own.sizes, other.sizes, { bigrams: shared, content });
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
