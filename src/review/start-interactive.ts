import type { CliIO } from '../cli/io.js';
import type { Reviewer } from '../ledger/decide.js';
import { saveLedger } from '../ledger/ledger-store.js';
import type { Ledger } from '../ledger/ledger-types.js';
import { runInteractive } from './interactive-review.js';
import type { ReviewItem } from './review-items.js';
import { ReviewSession } from './session.js';
import { renderSummary } from './summary.js';
import { processTerminal } from './terminal.js';

/** Exit code after an interrupt (128 + SIGINT), as shells report it. */
export const INTERRUPTED = 130;

/**
 * Runs the interactive reviewer on this process's terminal over `items`, saving the ledger after
 * every decision, and prints the summary on the normal screen once the terminal is restored.
 * The caller holds the lock.
 */
export async function startInteractive(ledger: Ledger, items: readonly ReviewItem[], reviewer: Reviewer, color: boolean, io: CliIO): Promise<number> {
  if (items.length === 0) {
    io.stdout(`nothing to review in ${ledger.label}: every claim and finding has a verdict\n`);
    return 0;
  }
  const session = new ReviewSession(ledger, items, reviewer, async () => {
    await saveLedger(ledger);
  });
  const terminal = processTerminal(process.stdin, process.stdout);
  let interrupted = false;
  try {
    ({ interrupted } = await runInteractive(session, terminal, color));
  } finally {
    terminal.close();
  }
  io.stdout(renderSummary(session.summary(), ledger.label, color, interrupted));
  return interrupted ? INTERRUPTED : 0;
}
