import type { ClaimKind } from '../types.js';
import { hasVerdict, type ClaimEntry } from './ledger-types.js';
import { foldQuote } from './finding-key.js';
import { carryVerdict } from './merge-verdict.js';
import { compare } from './run-entries.js';

export interface ClaimSync {
  /** The article's entries after the run: current claims (verdicts carried over) plus kept ones, sorted by id. */
  entries: ClaimEntry[];
  /** Current claim id → the entry it was matched with before the run (absent: a new claim). */
  previous: Map<string, ClaimEntry>;
  /** Verdicts on claims of this article that match no current claim. */
  stale: ClaimEntry[];
}

/**
 * Matches the claims extracted now from one article with the entries recorded before.
 *
 * Claim ids survive edits elsewhere in the article, but they number repeated quotes, so an identical
 * quote added or removed earlier shifts them. Matching therefore goes from strongest to weakest:
 * 1. same id and same sentence; 2. same kind, same folded quote, same sentence (re-anchored by
 * quote text); 3. same id (the sentence was edited); 4. same kind and folded quote anywhere.
 *
 * Recorded entries of kinds not extracted in this run are kept untouched. Pending entries that
 * match nothing are dropped (nobody decided anything on them); verdicts that match nothing are
 * kept and reported as stale — human work is never deleted.
 */
export function syncArticleClaims(
  recorded: readonly ClaimEntry[],
  current: readonly ClaimEntry[],
  kinds?: ReadonlySet<ClaimKind>,
): ClaimSync {
  const inScope = (entry: ClaimEntry) => !kinds || kinds.has(entry.kind);
  const unmatched = new Map(recorded.filter(inScope).map((entry) => [entry.id, entry]));
  const previous = new Map<string, ClaimEntry>();
  const folded = new Map<string, string>();
  const fold = (quote: string) => folded.get(quote) ?? folded.set(quote, foldQuote(quote)).get(quote)!;
  const sameQuote = (entry: ClaimEntry, claim: ClaimEntry) => entry.kind === claim.kind && fold(entry.quote) === fold(claim.quote);
  // Strongest evidence first, so a weaker pass never takes an entry a stronger one would have matched.
  const passes: ((entry: ClaimEntry, claim: ClaimEntry) => boolean)[] = [
    (entry, claim) => entry.id === claim.id && entry.context === claim.context,
    (entry, claim) => sameQuote(entry, claim) && entry.context === claim.context,
    (entry, claim) => entry.id === claim.id,
    sameQuote,
  ];
  for (const matches of passes) {
    for (const claim of current) {
      if (previous.has(claim.id)) continue;
      const anchor = [...unmatched.values()].find((entry) => matches(entry, claim));
      if (!anchor) continue;
      previous.set(claim.id, anchor);
      unmatched.delete(anchor.id);
    }
  }
  const stale = [...unmatched.values()].filter(hasVerdict);
  const kept = recorded.filter((entry) => !inScope(entry));
  const entries = [
    ...current.map((claim) => {
      const before = previous.get(claim.id);
      return before ? carryVerdict(claim, before) : claim;
    }),
    ...kept,
    ...stale,
  ].sort((a, b) => compare(a.id, b.id));
  return { entries, previous, stale };
}
