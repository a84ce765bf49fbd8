import type { Claim, Finding } from '../types.js';
import { stateOf, type ArticleLedger, type ClaimEntry, type FindingEntry, type Ledger, type ReviewState } from './ledger-types.js';
import { claimContexts, claimEntriesOf, findingEntriesOf, type LedgerRun } from './run-entries.js';
import { syncArticleClaims } from './sync-claims.js';
import { syncFindings } from './sync-findings.js';

/** A verdict that matches nothing the run produced. */
export type StaleVerdict = { type: 'claim'; article: string; entry: ClaimEntry } | { type: 'finding'; entry: FindingEntry };

/** A finding of the run with what the ledger says about it. */
export interface FindingReview {
  finding: Finding;
  entry: FindingEntry;
  state: ReviewState;
}

export interface ClaimReview {
  claim: Claim;
  entry: ClaimEntry;
  state: ReviewState;
}

export interface LedgerSync {
  /** The ledger with the run recorded: new items pending, verdicts carried to re-anchored items. */
  ledger: Ledger;
  findings: FindingReview[];
  claims: ClaimReview[];
  stale: StaleVerdict[];
}

/**
 * Lays a run over the ledger. Pure: the caller decides whether to save the result (`check`,
 * `review`) or only to read it (`check --ci`). The same ledger and run always give the same result.
 */
export function syncLedger(ledger: Ledger, run: LedgerRun): LedgerSync {
  const kinds = run.kinds ? new Set(run.kinds) : undefined;
  const contexts = claimContexts(run.articles, run.claims);
  const currentClaims = claimEntriesOf(run, contexts);
  const articles = new Map(ledger.articles);
  const claims: ClaimReview[] = [];
  const stale: StaleVerdict[] = [];
  const claimById = new Map(run.claims.map((claim) => [claim.id, claim]));
  for (const [article, current] of currentClaims) {
    const recorded = ledger.articles.get(article)?.claims ?? [];
    const sync = syncArticleClaims(recorded, current, kinds);
    const updated: ArticleLedger = { article, claims: sync.entries };
    articles.set(article, updated);
    const byId = new Map(sync.entries.map((entry) => [entry.id, entry]));
    for (const entry of current) {
      const synced = byId.get(entry.id)!;
      claims.push({ claim: claimById.get(entry.id)!, entry: synced, state: sync.previous.has(entry.id) ? stateOf(synced) : 'new' });
    }
    for (const entry of sync.stale) stale.push({ type: 'claim' as const, article, entry });
  }

  const current = findingEntriesOf(run, contexts);
  const scope = new Set([...run.articles.map((article) => article.id), ...run.findings.flatMap((finding) => finding.positions.map((p) => p.article))]);
  const sync = syncFindings(
    ledger.findings,
    current.map(({ entry }) => entry),
    scope,
    kinds,
  );
  const byKey = new Map(sync.entries.map((entry) => [entry.key, entry]));
  const findings = current.map(({ entry, finding }): FindingReview => {
    const synced = byKey.get(entry.key)!;
    return { finding, entry: synced, state: sync.previous.has(entry.key) ? stateOf(synced) : 'new' };
  });
  for (const entry of sync.stale) stale.push({ type: 'finding' as const, entry });
  return { ledger: { ...ledger, articles, findings: sync.entries }, findings, claims, stale };
}
