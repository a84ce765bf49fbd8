import { CLAIM_KINDS, type ClaimKind } from '../types.js';
import { hasVerdict, type FindingEntry } from './ledger-types.js';
import { foldQuote } from './finding-key.js';
import { carryVerdict } from './merge-verdict.js';
import { compare } from './run-entries.js';

export interface FindingSync {
  /** All finding entries after the run, sorted by key. */
  entries: FindingEntry[];
  /** Current key → the entry recorded before the run (absent: a new finding). */
  previous: Map<string, FindingEntry>;
  /** Verdicts on findings this run could have reproduced but did not. */
  stale: FindingEntry[];
}

/** The claim kind a claim id starts with (`time-3f1c…` → `time`); ids are built that way in `claim-id.ts`. */
export function kindOfClaimId(id: string): ClaimKind | undefined {
  return CLAIM_KINDS.find((kind) => id.startsWith(`${kind}-`));
}

function sidesOf(entry: FindingEntry): Set<string> {
  return new Set(entry.sides.map((side) => `${side.article}\u0000${foldQuote(side.quote)}`));
}

/**
 * A recorded finding of the same rule that this one grew out of: it shares at least two sides and
 * one side set holds the other, or they share at least half of all their sides. A rule that
 * gathers every article's version of one fact into one finding changes its quotes (and so its key)
 * when an article joins; the verdict then follows, shown as given on other evidence.
 */
function reanchor(entry: FindingEntry, unmatched: ReadonlyMap<string, FindingEntry>): FindingEntry | undefined {
  const sides = sidesOf(entry);
  let best: { entry: FindingEntry; score: number } | undefined;
  for (const candidate of unmatched.values()) {
    if (candidate.rule !== entry.rule) continue;
    const other = sidesOf(candidate);
    const shared = [...sides].filter((side) => other.has(side)).length;
    if (shared < 2) continue;
    const union = sides.size + other.size - shared;
    const nested = shared === sides.size || shared === other.size;
    const score = shared / union;
    if (!nested && score < 0.5) continue;
    if (!best || score > best.score) best = { entry: candidate, score };
  }
  return best?.entry;
}

/**
 * Matches the findings of a run with the recorded entries, by key, then by shared sides (`reanchor`). A recorded entry is in scope
 * when the run read every article it involves and extracted every claim kind it involves; only
 * then can its absence mean something. Out of scope: kept untouched. In scope and unmatched:
 * pending entries are dropped, verdicts are kept and reported as stale.
 */
export function syncFindings(
  recorded: readonly FindingEntry[],
  current: readonly FindingEntry[],
  articles: ReadonlySet<string>,
  kinds?: ReadonlySet<ClaimKind>,
): FindingSync {
  const inScope = (entry: FindingEntry) =>
    entry.sides.every((side) => {
      if (!articles.has(side.article)) return false;
      const kind = side.claim === null ? undefined : kindOfClaimId(side.claim);
      return !kinds || kind === undefined || kinds.has(kind);
    });
  const byKey = new Map(recorded.map((entry) => [entry.key, entry]));
  const currentKeys = new Set(current.map((entry) => entry.key));
  const unmatched = new Map(recorded.filter((entry) => !currentKeys.has(entry.key)).map((entry) => [entry.key, entry]));
  const previous = new Map<string, FindingEntry>();
  for (const entry of current) {
    const before = byKey.get(entry.key) ?? reanchor(entry, unmatched);
    if (!before) continue;
    previous.set(entry.key, before);
    unmatched.delete(before.key);
  }
  const entries = current.map((entry) => {
    const before = previous.get(entry.key);
    return before ? carryVerdict(entry, before) : entry;
  });
  const leftOver = [...unmatched.values()];
  const stale = leftOver.filter((entry) => inScope(entry) && hasVerdict(entry));
  for (const entry of leftOver) if (!inScope(entry) || hasVerdict(entry)) entries.push(entry);
  entries.sort((a, b) => compare(a.key, b.key));
  return { entries, previous, stale };
}
