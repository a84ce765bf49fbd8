import type { EntryRef } from '../ledger/entry-ref.js';
import { stateOf, type Ledger } from '../ledger/ledger-types.js';
import type { LedgerSync } from '../ledger/sync.js';
import type { Severity } from '../types.js';

/** One thing to look at in `review`: a ledger entry and the group capitals act on. */
export interface ReviewItem {
  ref: EntryRef;
  /** The rule of a finding, or `claim:<kind>` for a claim: `A`/`R`/`S` act on every remaining item of it. */
  group: string;
}

export type ReviewScope = 'findings' | 'claims';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * What needs review: entries with no verdict, and verdicts whose evidence changed. Findings first
 * (they decide CI), then claims. With a run, only what the run produced, in its order (findings by
 * severity and position, claims by article and position); without one, every such entry of the
 * ledger, findings by severity then article then key, claims by article, kind and quote.
 */
export function itemsToReview(ledger: Ledger, sync: LedgerSync | undefined, only?: ReviewScope): ReviewItem[] {
  const needsReview = (entry: Parameters<typeof stateOf>[0]) => stateOf(entry) !== 'reviewed';
  const findings: ReviewItem[] = [];
  const claims: ReviewItem[] = [];
  if (sync) {
    for (const item of sync.findings) {
      const entry = ledger.findings.find((candidate) => candidate.key === item.entry.key);
      if (entry && needsReview(entry)) findings.push({ ref: { type: 'finding', key: entry.key }, group: entry.rule });
    }
    const ordered = [...sync.claims].sort(
      (a, b) => (a.claim.article < b.claim.article ? -1 : a.claim.article > b.claim.article ? 1 : a.claim.span.start - b.claim.span.start || a.claim.span.end - b.claim.span.end),
    );
    for (const item of ordered) {
      const entry = ledger.articles.get(item.claim.article)?.claims.find((candidate) => candidate.id === item.claim.id);
      if (entry && needsReview(entry)) claims.push({ ref: { type: 'claim', article: item.claim.article, id: entry.id }, group: `claim:${entry.kind}` });
    }
  } else {
    const sorted = [...ledger.findings].sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] ||
        (a.sides[0]?.article ?? '').localeCompare(b.sides[0]?.article ?? '', 'en') ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    for (const entry of sorted) if (needsReview(entry)) findings.push({ ref: { type: 'finding', key: entry.key }, group: entry.rule });
    // Offsets are not kept in the ledger (they would change with every edit above), so without a
    // run claims go by article, then kind, then quote: capitals then act on neighbours.
    const byKindThenQuote = (a: { kind: string; quote: string; id: string }, b: typeof a) =>
      a.kind.localeCompare(b.kind, 'en') || a.quote.localeCompare(b.quote, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const article of [...ledger.articles.keys()].sort()) {
      for (const entry of [...ledger.articles.get(article)!.claims].sort(byKindThenQuote)) {
        if (needsReview(entry)) claims.push({ ref: { type: 'claim', article, id: entry.id }, group: `claim:${entry.kind}` });
      }
    }
  }
  if (only === 'findings') return findings;
  if (only === 'claims') return claims;
  return [...findings, ...claims];
}
