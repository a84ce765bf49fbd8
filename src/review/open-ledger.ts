import type { RunOutcome } from '../pipeline.js';
import type { ClaimKind } from '../types.js';
import { LedgerError } from '../ledger/ledger-error.js';
import { loadLedger, saveLedger } from '../ledger/ledger-store.js';
import type { Ledger } from '../ledger/ledger-types.js';
import { acquireLock, type LedgerLock } from '../ledger/lock.js';
import { syncLedger, type LedgerSync } from '../ledger/sync.js';

export interface OpenedLedger {
  ledger: Ledger;
  /** Present when articles were named: the run laid over the ledger. */
  sync?: LedgerSync;
  /** Held for writers until they release it. */
  lock?: LedgerLock;
}

export interface OpenOptions {
  dir: string;
  label: string;
  /** Runs the pipeline on the named articles; absent when none were named. */
  loadRun?: () => Promise<RunOutcome>;
  kinds?: readonly ClaimKind[];
  /** Take the lock and record the run (verdicts are about to be written). */
  write: boolean;
  /** How long to wait for the lock (ms). */
  wait: number;
  command: string;
}

/**
 * Opens the ledger for `review`. Writers take the lock first, then read (so nobody writes between
 * the read and their decisions). With articles named, their claims and findings are recorded as
 * pending (this is what starts a ledger); without, the ledger must already exist.
 */
export async function openForReview(options: OpenOptions): Promise<OpenedLedger> {
  const lock = options.write ? await acquireLock(options.dir, options.label, options.command, options.wait) : undefined;
  try {
    let ledger = await loadLedger(options.dir, options.label);
    let sync: LedgerSync | undefined;
    if (options.loadRun) {
      const outcome = await options.loadRun();
      const { articles } = outcome;
      const { claims, findings } = outcome.result;
      sync = syncLedger(ledger, { articles, claims, findings, ...(options.kinds ? { kinds: options.kinds } : {}) });
      ledger = sync.ledger;
      if (options.write) await saveLedger(ledger);
    } else if (!ledger.started) {
      throw new LedgerError(`${options.label}: no review ledger here yet; name the articles to start one: corroborate review <paths..>`);
    }
    return { ledger, ...(sync ? { sync } : {}), ...(lock ? { lock } : {}) };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
