import type { ClaimEntry, FindingEntry, VerdictFields } from './ledger-types.js';

const VERDICT_FIELDS: readonly (keyof VerdictFields)[] = ['correction', 'note', 'by', 'at', 'reviewedEvidence'];

/**
 * The current entry (what the run says now) carrying the status and verdict of the entry it was
 * matched with. A verdict keeps the evidence it was given on, so a change shows as `changed`.
 */
export function carryVerdict<T extends ClaimEntry | FindingEntry>(current: T, previous: T): T {
  const merged: T = { ...current, status: previous.status };
  for (const field of VERDICT_FIELDS) {
    if (previous[field] !== undefined) merged[field] = previous[field];
    else delete merged[field];
  }
  return merged;
}
