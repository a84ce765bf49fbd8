import type { Finding, FindingPosition } from '../types.js';
import { stableId } from '../util/hash.js';
import { canonicalJson } from './canonical-json.js';
import { pushTo } from '../util/push-to.js';

/**
 * A quote as compared across runs: Unicode-normalised, lower-case, whitespace collapsed, dashes
 * read as spaces, and other punctuation dropped unless it sits between two digits ("3.5" keeps its
 * point). A verdict on "U.S. envoy" still applies after an edit to "US envoy".
 */
export function foldQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Pd}/gu, ' ')
    .replace(/(?<!\d)\p{P}|\p{P}(?!\d)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

// Entity keys tie mentions together within one run; they are not evidence about the text, and a
// new article may renumber them, so they stay out of fingerprints.
const RUN_LOCAL_FIELDS = new Set(['entity']);

function withoutRunLocalFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRunLocalFields);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([field]) => !RUN_LOCAL_FIELDS.has(field))
        .map(([field, item]) => [field, withoutRunLocalFields(item)]),
    );
  }
  return value;
}

/** Fingerprint of what a claim says: its kind, its folded quote and its value. */
export function claimEvidence(kind: string, quote: string, value: unknown): string {
  return stableId('e', [kind, foldQuote(quote), canonicalJson(withoutRunLocalFields(value))]);
}

/** What identifies one side of a finding across runs: its folded quote, or for non-claim positions the message. */
function sideQuote(finding: Finding, position: FindingPosition): string {
  return position.claim === null ? `${position.article}: ${finding.message}` : foldQuote(position.text);
}

/**
 * Fingerprint of a finding's evidence: its rule and verdict and, for every side, the article, the
 * folded quote and the value. Offsets, wording of the message and sentence context are left out,
 * so edits elsewhere in an article do not change it; a new side, a changed quote or a changed value do.
 */
export function findingEvidence(finding: Finding): string {
  const sides = finding.positions
    .map((position) => `${position.article}\u0000${sideQuote(finding, position)}\u0000${canonicalJson(withoutRunLocalFields(position.value))}`)
    .sort();
  return stableId('e', [finding.rule, finding.verdict, ...sides]);
}

function keyBase(finding: Finding): string[] {
  return [finding.rule, ...[...new Set(finding.positions.map((position) => sideQuote(finding, position)))].sort()];
}

/**
 * Ledger keys of the findings of one run, by finding id. A key derives from the rule and the set of
 * folded quotes of the sides — not from claim ids or offsets — so it survives re-extraction and
 * edits elsewhere. Findings of one rule over the same quotes (a value contested in two pairs of
 * articles) are told apart by an occurrence number, in the order of their sorted article lists.
 */
export function findingKeys(findings: readonly Finding[]): Map<string, string> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const base = canonicalJson(keyBase(finding));
    pushTo(groups, base, finding);
  }
  const keys = new Map<string, string>();
  for (const group of groups.values()) {
    const articlesOf = (finding: Finding) => [...new Set(finding.positions.map((position) => position.article))].sort().join('\u0000');
    const ordered = [...group].sort((a, b) => compare(articlesOf(a), articlesOf(b)) || compare(a.id, b.id));
    ordered.forEach((finding, nth) => {
      const parts = keyBase(finding);
      keys.set(finding.id, stableId(finding.rule, nth === 0 ? parts : [...parts, nth]));
    });
  }
  return keys;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
