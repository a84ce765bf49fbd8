import type { ClaimEntry, FindingEntry, Ledger } from './ledger-types.js';
import { LedgerError } from './ledger-error.js';

/** Where an entry lives in the ledger. */
export type EntryRef = { type: 'claim'; article: string; id: string } | { type: 'finding'; key: string };

/** The id people type and see: a finding's key or a claim's id. */
export function refId(ref: EntryRef): string {
  return ref.type === 'finding' ? ref.key : ref.id;
}

export function getEntry(ledger: Ledger, ref: EntryRef): ClaimEntry | FindingEntry | undefined {
  if (ref.type === 'finding') return ledger.findings.find((entry) => entry.key === ref.key);
  return ledger.articles.get(ref.article)?.claims.find((entry) => entry.id === ref.id);
}

/** Replaces an entry in place (the ledger object is the session's working copy). */
export function putEntry(ledger: Ledger, ref: EntryRef, entry: ClaimEntry | FindingEntry): void {
  if (ref.type === 'finding') {
    const index = ledger.findings.findIndex((item) => item.key === ref.key);
    if (index < 0) throw new Error(`no finding ${ref.key} in the ledger`);
    ledger.findings = ledger.findings.map((item, i) => (i === index ? (entry as FindingEntry) : item));
    return;
  }
  const article = ledger.articles.get(ref.article);
  const index = article?.claims.findIndex((item) => item.id === ref.id) ?? -1;
  if (!article || index < 0) throw new Error(`no claim ${ref.id} in the ledger`);
  ledger.articles.set(ref.article, { ...article, claims: article.claims.map((item, i) => (i === index ? (entry as ClaimEntry) : item)) });
}

/** Every entry of the ledger: findings first, then the claims of each article. */
export function allRefs(ledger: Ledger): EntryRef[] {
  return [
    ...ledger.findings.map((entry): EntryRef => ({ type: 'finding', key: entry.key })),
    ...[...ledger.articles.values()].flatMap((article) => article.claims.map((entry): EntryRef => ({ type: 'claim', article: article.article, id: entry.id }))),
  ];
}

/**
 * Resolves an id typed on the command line: a finding key or claim id, exactly or by a prefix
 * that only one entry has.
 */
export function resolveId(ledger: Ledger, typed: string): EntryRef {
  const refs = allRefs(ledger);
  const exact = refs.filter((ref) => refId(ref) === typed);
  if (exact.length === 1) return exact[0]!;
  const prefixed = exact.length > 1 ? exact : refs.filter((ref) => refId(ref).startsWith(typed));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length === 0) throw new LedgerError(`${typed}: no claim or finding with this id in ${ledger.label} (see review --list)`);
  const articles = prefixed.map((ref) => (ref.type === 'claim' ? `${ref.article}:${ref.id}` : ref.key));
  throw new LedgerError(`${typed}: matches ${prefixed.length} entries (${articles.slice(0, 5).join(', ')}${prefixed.length > 5 ? ', …' : ''}); give more of the id`);
}
