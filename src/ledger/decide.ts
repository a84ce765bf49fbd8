import type { ClaimEntry, ClaimStatus, FindingEntry, FindingStatus } from './ledger-types.js';

/** What a reviewer can do with one item. */
export type Decision =
  /** Claim: the extraction is right. Finding: a real discrepancy. */
  | { action: 'accept'; note?: string }
  /** Claim: a wrong extraction. Finding: dismissed, with the reason as note. */
  | { action: 'reject'; note?: string }
  /** Claim: the value is corrected. Finding: fixed, the right value given. */
  | { action: 'correct'; value: string; note?: string }
  /** A note only; the status stays. */
  | { action: 'note'; note: string };

/** Who decides and when; `now` is injected so tests fix the clock. */
export interface Reviewer {
  who: string;
  now(): Date;
}

const CLAIM_STATUS: Record<Exclude<Decision['action'], 'note'>, ClaimStatus> = { accept: 'confirmed', reject: 'wrong', correct: 'corrected' };
const FINDING_STATUS: Record<Exclude<Decision['action'], 'note'>, FindingStatus> = { accept: 'accepted', reject: 'dismissed', correct: 'fixed' };

/** ISO 8601 in UTC, to the second: stable width, no sub-second noise in diffs. */
export function timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The entry with a decision applied: status, who, when, and the evidence it was given on. A note
 * given with the decision replaces the entry's note; without one, an earlier note is kept.
 */
export function decide<T extends ClaimEntry | FindingEntry>(entry: T, decision: Decision, reviewer: Reviewer): T {
  const stamped = { ...entry, by: reviewer.who, at: timestamp(reviewer.now()) };
  if (decision.note !== undefined) {
    if (decision.note.trim() === '') delete stamped.note;
    else stamped.note = decision.note.trim();
  }
  if (decision.action === 'note') return stamped;
  const isClaim = 'id' in entry;
  const status = isClaim ? CLAIM_STATUS[decision.action] : FINDING_STATUS[decision.action];
  const decided = { ...stamped, status, reviewedEvidence: entry.evidence } as T;
  if (decision.action === 'correct') decided.correction = decision.value.trim();
  else delete decided.correction;
  return decided;
}
