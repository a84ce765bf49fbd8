import { decide, type Decision, type Reviewer } from '../ledger/decide.js';
import { getEntry, putEntry, refId, resolveId, type EntryRef } from '../ledger/entry-ref.js';
import { gate, gateLines } from '../ledger/gate.js';
import { stateOf, type ClaimEntry, type FindingEntry, type Ledger } from '../ledger/ledger-types.js';
import type { LedgerSync } from '../ledger/sync.js';
import { describeValue } from './describe-value.js';
import type { ReviewItem } from './review-items.js';

function quotesOf(entry: ClaimEntry | FindingEntry): string {
  if ('id' in entry) return `“${entry.quote}”`;
  return [...new Set(entry.sides.map((side) => side.quote).filter(Boolean))].map((quote) => `“${quote}”`).join(' / ') || entry.message;
}

/** One line per item: id, state, rule or kind, where, the quotes and the value. */
export function listLine(ledger: Ledger, item: ReviewItem): string {
  const entry = getEntry(ledger, item.ref)!;
  if (item.ref.type === 'finding') {
    const finding = entry as FindingEntry;
    const articles = [...new Set(finding.sides.map((side) => side.article))].join(', ');
    return `${finding.key}  ${stateOf(finding)}  finding ${finding.rule} (${finding.severity})  ${articles}  ${quotesOf(finding)}`;
  }
  const claim = entry as ClaimEntry;
  const value = describeValue(claim.value);
  return `${claim.id}  ${stateOf(claim)}  claim ${claim.kind}  ${item.ref.article}  ${quotesOf(claim)}${value ? `  → ${value}` : ''}`;
}

/** `review --list`: what needs review, then stale verdicts (when articles were named), then counts. */
export function listItems(ledger: Ledger, items: readonly ReviewItem[], sync: LedgerSync | undefined): string {
  const lines = items.map((item) => listLine(ledger, item));
  if (sync) lines.push(...gateLines({ unreviewed: [], changed: [], stale: gate(sync, 'info').stale }, ledger.label));
  const findings = items.filter((item) => item.ref.type === 'finding').length;
  lines.push(`${items.length} item${items.length === 1 ? '' : 's'} to review (${findings} finding${findings === 1 ? '' : 's'}, ${items.length - findings} claim${items.length - findings === 1 ? '' : 's'}) in ${ledger.label}`);
  return `${lines.join('\n')}\n`;
}

const PAST: Record<Decision['action'], string> = { accept: 'accepted', reject: 'rejected', correct: 'corrected', note: 'noted' };

/**
 * `review --accept ID`, `--reject ID --note TEXT`, `--correct ID --value V`: resolves every id first
 * (an unknown or ambiguous id changes nothing), then applies the decision to each. Returns what to
 * print; the caller saves.
 */
export function decideByIds(ledger: Ledger, ids: readonly string[], decision: Decision, reviewer: Reviewer): string[] {
  const refs: EntryRef[] = ids.map((id) => resolveId(ledger, id));
  return refs.map((ref) => {
    putEntry(ledger, ref, decide(getEntry(ledger, ref)!, decision, reviewer));
    return `${PAST[decision.action]} ${ref.type} ${refId(ref)}`;
  });
}

/** `review --accept-all`: accepts every item that needs review — the way to start a baseline. */
export function acceptAll(ledger: Ledger, items: readonly ReviewItem[], reviewer: Reviewer, note?: string): number {
  for (const item of items) {
    putEntry(ledger, item.ref, decide(getEntry(ledger, item.ref)!, { action: 'accept', ...(note !== undefined ? { note } : {}) }, reviewer));
  }
  return items.length;
}
