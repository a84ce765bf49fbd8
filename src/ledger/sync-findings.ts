import { CLAIM_KINDS, type ClaimKind } from '../types.js';
import { hasVerdict, type FindingEntry } from './ledger-types.js';
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

/**
 * Matches the findings of a run with the recorded entries, by key. A recorded entry is in scope
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
  const previous = new Map<string, FindingEntry>();
  const entries: FindingEntry[] = [];
  for (const entry of current) {
    const before = byKey.get(entry.key);
    if (before) previous.set(entry.key, before);
    entries.push(before ? carryVerdict(entry, before) : entry);
  }
  const currentKeys = new Set(current.map((entry) => entry.key));
  const leftOver = recorded.filter((entry) => !currentKeys.has(entry.key));
  const stale = leftOver.filter((entry) => inScope(entry) && hasVerdict(entry));
  entries.push(...leftOver.filter((entry) => !inScope(entry) || hasVerdict(entry)));
  entries.sort((a, b) => compare(a.key, b.key));
  return { entries, previous, stale };
}
