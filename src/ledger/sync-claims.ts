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
 * 1. Same id: the claim id already survives edits elsewhere in the article.
 * 2. Else re-anchored by quote: same kind and the same folded quote (an identical quote added or
 *    removed earlier renumbers the occurrence, and so the id); the same sentence wins ties.
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
  for (const claim of current) {
    const same = unmatched.get(claim.id);
    if (same) {
      previous.set(claim.id, same);
      unmatched.delete(claim.id);
    }
  }
  for (const claim of current) {
    if (previous.has(claim.id)) continue;
    const quote = foldQuote(claim.quote);
    const candidates = [...unmatched.values()].filter((entry) => entry.kind === claim.kind && foldQuote(entry.quote) === quote);
    const anchor = candidates.find((entry) => entry.context === claim.context) ?? candidates[0];
    if (anchor) {
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
