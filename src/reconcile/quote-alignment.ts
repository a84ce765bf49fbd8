import type { Claim } from '../types.js';

type Quote = Claim<'quote'>;

// Function words would put every quote in one candidate bucket.
const STOP = new Set('the and that this with for are was were have has had not but will can our you they their from its his her she him them who what which there been would could should also into than then when where about just very more most some such only other over'.split(' '));

function contentWords(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? []).filter((word) => !STOP.has(word)))];
}

/** Share of the shorter quote's words found in the longer one (excerpts and small edits stay high). */
function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0) return 0;
  return a.filter((word) => b.has(word)).length / a.length;
}

/**
 * Groups quotes that render the same words across articles. Candidates share at least two content words
 * (found through a word index, so the work grows with the words, not with all pairs); they align when 60 % of
 * the shorter quote's words are in the longer.
 */
export function alignQuoteGroups(quotes: readonly Quote[]): Quote[][] {
  const words = quotes.map((quote) => contentWords(quote.value.quote));
  const sets = words.map((list) => new Set(list));
  const index = new Map<string, number[]>();
  words.forEach((list, i) => list.forEach((word) => index.set(word, [...(index.get(word) ?? []), i])));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < quotes.length; i++) {
    const shared = new Map<number, number>();
    for (const word of words[i]!) for (const j of index.get(word)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      if (count < 2) continue;
      const [shorter, longer] = words[i]!.length <= words[j]!.length ? [i, j] : [j, i];
      if (overlap(words[shorter]!, sets[longer]!) >= 0.6) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Quote[]>();
  quotes.forEach((quote, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), quote]));
  return [...groups.values()].filter((group) => group.length > 1);
}
