/**
 * The review ledger: verdicts people gave on claims and findings, kept in `claims/` in the
 * repository and reviewed in pull requests like code.
 *
 *   claims/<article-id>.json   the article's extracted claims and the verdicts on them
 *   claims/findings.json       verdicts on findings, and findings still pending
 *
 * Entries are keyed so they survive re-extraction and small edits (see `finding-key.ts`,
 * `sync-claims.ts`). `evidence` is a fingerprint of what the entry is about now;
 * `reviewedEvidence` is the fingerprint when the verdict was given: when the two differ the
 * verdict no longer covers the entry.
 */
import type { ClaimKind, Severity } from '../types.js';

export const LEDGER_SCHEMA_VERSION = 1;

/** `confirmed` = the extraction is right; `wrong` = wrong extraction; `corrected` = right place, value corrected. */
export type ClaimStatus = 'pending' | 'confirmed' | 'wrong' | 'corrected';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['pending', 'confirmed', 'wrong', 'corrected'];

/** `accepted` = a real discrepancy; `dismissed` = not one (with a reason); `fixed` = the articles were corrected. */
export type FindingStatus = 'pending' | 'accepted' | 'dismissed' | 'fixed';
export const FINDING_STATUSES: readonly FindingStatus[] = ['pending', 'accepted', 'dismissed', 'fixed'];

/** Who decided, when, why, and on what evidence. Absent while an entry is pending. */
export interface VerdictFields {
  /** A correction typed by the reviewer (`corrected` claims, `fixed` findings). */
  correction?: string;
  note?: string;
  /** git `user.name`, else `$USER`. */
  by?: string;
  /** ISO 8601 UTC, to the second. */
  at?: string;
  /** The entry's `evidence` when the verdict was given. */
  reviewedEvidence?: string;
}

/** One extracted claim of an article, as recorded in `claims/<article-id>.json`. */
export interface ClaimEntry extends VerdictFields {
  /** The claim id (`extract/claim-id.ts`): article + kind + quote + occurrence. */
  id: string;
  kind: ClaimKind;
  /** The exact quote. */
  quote: string;
  /** The sentence around the quote, whitespace collapsed. */
  context: string;
  /** The extracted value. */
  value: unknown;
  evidence: string;
  status: ClaimStatus;
}

/** One side of a finding: a position in one article. */
export interface FindingSide {
  article: string;
  /** Claim id, or null for positions that are not claims (input problems). */
  claim: string | null;
  quote: string;
  context: string;
  value: unknown;
}

/** One finding, as recorded in `claims/findings.json`. */
export interface FindingEntry extends VerdictFields {
  /** Rule + the (folded) quotes of its sides; see `finding-key.ts`. */
  key: string;
  rule: string;
  severity: Severity;
  message: string;
  sides: FindingSide[];
  evidence: string;
  status: FindingStatus;
}

export interface ArticleLedger {
  article: string;
  claims: ClaimEntry[];
}

/** The whole ledger folder, as read. */
export interface Ledger {
  /** Absolute path of the folder. */
  dir: string;
  /** The folder as the user named it (`claims`), for messages. */
  label: string;
  articles: Map<string, ArticleLedger>;
  findings: FindingEntry[];
  /** Whether `findings.json` exists: the ledger has been started (by `review`). */
  started: boolean;
  /** The bytes of each file as read, by file name, so only changed files are rewritten. */
  raw: Map<string, string>;
}

/** Kinds of ledger items: the `review` command shows both. */
export type EntryType = 'claim' | 'finding';

/** What the ledger says about an item of the current run. */
export type ReviewState =
  /** No entry yet (a `--ci` run never records it). */
  | 'new'
  /** Recorded, no verdict. */
  | 'pending'
  /** A verdict whose evidence is unchanged. */
  | 'reviewed'
  /** A verdict given on different evidence. */
  | 'changed';

/** Whether a status is a verdict (anything but pending). */
export function hasVerdict(entry: { status: string }): boolean {
  return entry.status !== 'pending';
}

/** The review state of an entry as stored. */
export function stateOf(entry: ClaimEntry | FindingEntry): Exclude<ReviewState, 'new'> {
  if (!hasVerdict(entry)) return 'pending';
  return entry.reviewedEvidence === entry.evidence ? 'reviewed' : 'changed';
}
