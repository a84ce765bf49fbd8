import type { CliIO } from '../cli/io.js';
import { UsageError } from '../cli/io.js';
import type { RunOutcome } from '../pipeline.js';
import type { ClaimKind, Finding, Severity } from '../types.js';
import { gate, gatedFindings, gateLines } from './gate.js';
import { LedgerError } from './ledger-error.js';
import { loadLedger, saveLedger } from './ledger-store.js';
import type { Ledger } from './ledger-types.js';
import { acquireLock } from './lock.js';
import { syncLedger, type LedgerSync } from './sync.js';
import { ledgerLocation } from './ledger-options.js';

export { ciFromEnv, ciMode, ledgerLocation } from './ledger-options.js';

export interface LedgerStepOptions {
  ci: boolean;
  /** `--claims DIR` as given; `claims` when absent. */
  claims: string | undefined;
  threshold: Severity;
  kinds?: readonly ClaimKind[];
}

/** A ledger problem becomes the CLI's exit 2 with its one-line message. */
export async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LedgerError) throw new UsageError(error.message);
    throw error;
  }
}

function sync(ledger: Ledger, outcome: RunOutcome, kinds: readonly ClaimKind[] | undefined): LedgerSync {
  const { articles } = outcome;
  const { claims, findings } = outcome.result;
  return syncLedger(ledger, { articles, claims, findings, ...(kinds ? { kinds } : {}) });
}

/**
 * The ledger's part of `check`. Reads `claims/` (a malformed file is exit 2 before anything is
 * written), lays the run over it, and returns the findings that still count for the exit code:
 * those at or above the threshold with no verdict, or whose verdict was given on other evidence.
 *
 * Without `--ci`, a started ledger (one `review` has created) or an explicit `--claims` gets the
 * run's new claims and findings recorded as pending, under the lock. With `--ci` nothing is ever
 * written. Once the ledger exists, `--ci` names every gated finding and stale verdict on stderr;
 * without `--ci`, one line counts what needs review and stale verdicts are named.
 */
export async function ledgerStep(outcome: RunOutcome, options: LedgerStepOptions, io: CliIO): Promise<Finding[]> {
  const { label, dir } = ledgerLocation(options.claims, io.cwd);
  return asUsage(async () => {
    let ledger = await loadLedger(dir, label);
    const record = !options.ci && (ledger.started || options.claims !== undefined);
    if (!options.ci && !record) return outcome.result.findings;
    let synced: LedgerSync | undefined;
    if (record) {
      let lock;
      try {
        lock = await acquireLock(dir, label, 'corroborate check', 2000);
      } catch (error) {
        if (!(error instanceof LedgerError)) throw error;
        io.stderr(`corroborate: not recording pending items: ${error.message}\n`);
      }
      if (lock) {
        try {
          // Read again under the lock: a reviewer may have written since.
          ledger = await loadLedger(dir, label);
          synced = sync(ledger, outcome, options.kinds);
          await saveLedger(synced.ledger);
          const findings = synced.findings.filter((item) => item.state === 'new').length;
          const claims = synced.claims.filter((item) => item.state === 'new').length;
          if (findings + claims > 0) {
            io.stderr(`corroborate: recorded ${plural(findings, 'new finding')} and ${plural(claims, 'new claim')} as pending in ${label}; review them with: corroborate review\n`);
          }
        } finally {
          lock.release();
        }
      }
    }
    synced ??= sync(ledger, outcome, options.kinds);
    const result = gate(synced, options.threshold);
    // Before any review there is nothing to add to the report: stay quiet (CI=true turns --ci on everywhere).
    if (!ledger.started && !record) return gatedFindings(result).map((item) => item.finding);
    if (options.ci) for (const line of gateLines(result, label)) io.stderr(`corroborate: ${line}\n`);
    else {
      // Locally the report already shows every finding: one line says what still needs review, then stale verdicts.
      const open = result.unreviewed.length + result.changed.length;
      if (open > 0) io.stderr(`corroborate: ${plural(open, 'finding')} at or above ${options.threshold} need${open === 1 ? 's' : ''} review (${result.unreviewed.length} without a verdict, ${result.changed.length} changed since reviewed): corroborate review\n`);
      for (const line of gateLines({ ...result, unreviewed: [], changed: [] }, label)) io.stderr(`corroborate: ${line}\n`);
    }
    return gatedFindings(result).map((item) => item.finding);
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
