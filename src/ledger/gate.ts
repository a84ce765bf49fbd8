import path from 'node:path';
import type { Severity } from '../types.js';
import { articleFileName, FINDINGS_FILE } from './ledger-store.js';
import type { FindingReview, LedgerSync, StaleVerdict } from './sync.js';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** What CI fails on, and what it only reports. */
export interface GateResult {
  /** Findings at or above the threshold that nobody has given a verdict on. */
  unreviewed: FindingReview[];
  /** Findings at or above the threshold whose verdict was given on different evidence. */
  changed: FindingReview[];
  stale: StaleVerdict[];
}

/**
 * Compares a run with the ledger the way `check --ci` does. A verdict covers a finding only while
 * its evidence is unchanged: a dismissed finding that gained a side or changed value must be looked
 * at again, and so must an accepted one (the new side is something nobody has seen).
 */
export function gate(sync: LedgerSync, threshold: Severity): GateResult {
  const counted = sync.findings.filter((item) => RANK[item.finding.severity] >= RANK[threshold]);
  return {
    unreviewed: counted.filter((item) => item.state === 'new' || item.state === 'pending'),
    changed: counted.filter((item) => item.state === 'changed'),
    stale: sync.stale,
  };
}

/** The findings that make the exit code 1. */
export function gatedFindings(result: GateResult): FindingReview[] {
  return [...result.unreviewed, ...result.changed];
}

function quotes(item: { sides: { quote: string }[] }): string {
  const distinct = [...new Set(item.sides.map((side) => side.quote).filter(Boolean))];
  return distinct.map((quote) => `“${quote}”`).join(' / ');
}

/** One line per gated finding and per stale verdict, for stderr. */
export function gateLines(result: GateResult, label: string): string[] {
  const lines: string[] = [];
  for (const item of result.unreviewed) {
    lines.push(`no verdict: ${item.entry.key} (${item.finding.severity}) ${item.finding.message}`);
  }
  for (const item of result.changed) {
    lines.push(`evidence changed since it was ${item.entry.status}: ${item.entry.key} (${item.finding.severity}) ${item.finding.message}`);
  }
  for (const stale of result.stale) {
    if (stale.type === 'finding') {
      const fixed = stale.entry.status === 'fixed' ? ' (as expected once fixed; delete the entry to tidy up)' : '';
      lines.push(`stale verdict in ${path.join(label, FINDINGS_FILE)}: ${stale.entry.key} (${stale.entry.status}, ${stale.entry.rule}) ${quotes(stale.entry)} matches no finding now${fixed}`);
    } else {
      lines.push(`stale verdict in ${path.join(label, articleFileName(stale.article))}: ${stale.entry.id} (${stale.entry.status}) “${stale.entry.quote}” matches no claim now`);
    }
  }
  return lines;
}
