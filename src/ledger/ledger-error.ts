/**
 * The ledger cannot be used: a file under `claims/` is malformed, or another reviewer holds the
 * lock. The message is one line that names the file and the problem; the CLI exits 2 and nothing
 * on disk is rewritten.
 */
export class LedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerError';
  }
}
