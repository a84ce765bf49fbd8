import type { Article, Claim, ClaimKind, Finding } from '../types.js';
import { segment } from '../segment/segment.js';
import type { ClaimEntry, FindingEntry, FindingSide } from './ledger-types.js';
import { claimEvidence, findingEvidence, findingKeys } from './finding-key.js';
import { pushTo } from '../util/push-to.js';

/** What one `check` run produced, as the ledger sees it. */
export interface LedgerRun {
  articles: readonly Article[];
  claims: readonly Claim[];
  findings: readonly Finding[];
  /** The claim kinds extracted (`--kinds`); all when absent. */
  kinds?: readonly ClaimKind[];
}

/** Whitespace collapsed: a re-wrapped paragraph is the same context. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The sentence around each claim, by claim id. Articles are segmented once each. */
export function claimContexts(articles: readonly Article[], claims: readonly Claim[]): Map<string, string> {
  const byArticle = new Map(articles.map((article) => [article.id, article]));
  const sentences = new Map<string, string[]>();
  const contexts = new Map<string, string>();
  for (const claim of claims) {
    const article = byArticle.get(claim.article);
    if (!article) continue;
    let texts = sentences.get(article.id);
    if (!texts) {
      texts = segment(article).sentences.map((sentence) => sentence.text);
      sentences.set(article.id, texts);
    }
    contexts.set(claim.id, collapseSpace(texts[claim.sentence] ?? claim.text));
  }
  return contexts;
}

/** Pending entries for the claims of a run, by article id, sorted by id. */
export function claimEntriesOf(run: LedgerRun, contexts: ReadonlyMap<string, string>): Map<string, ClaimEntry[]> {
  const byArticle = new Map<string, ClaimEntry[]>(run.articles.map((article) => [article.id, []]));
  for (const claim of run.claims) {
    const entry: ClaimEntry = {
      id: claim.id,
      kind: claim.kind,
      quote: claim.text,
      context: contexts.get(claim.id) ?? collapseSpace(claim.text),
      value: claim.value,
      evidence: claimEvidence(claim.kind, claim.text, claim.value),
      status: 'pending',
    };
    pushTo(byArticle, claim.article, entry);
  }
  for (const entries of byArticle.values()) entries.sort((a, b) => compare(a.id, b.id));
  return byArticle;
}

/** Pending entries for the findings of a run, with their ledger keys, in the run's order. */
export function findingEntriesOf(run: LedgerRun, contexts: ReadonlyMap<string, string>): { entry: FindingEntry; finding: Finding }[] {
  const keys = findingKeys(run.findings);
  return run.findings.map((finding) => {
    const sides: FindingSide[] = finding.positions.map((position) => ({
      article: position.article,
      claim: position.claim,
      quote: position.text,
      context: position.claim === null ? '' : (contexts.get(position.claim) ?? collapseSpace(position.text)),
      value: position.value ?? null,
    }));
    const entry: FindingEntry = {
      key: keys.get(finding.id)!,
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      sides,
      evidence: findingEvidence(finding),
      status: 'pending',
    };
    return { entry, finding };
  });
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
