import type { Readable } from 'node:stream';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  /** Standard input, for commands that read JSONL (`extract -`, `reconcile`). */
  stdin?: Readable;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout / stderr are terminals (colour, progress). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    // A getter: touching process.stdin opens it, which only commands that read it should do.
    get stdin() {
      return process.stdin;
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** A failure that means the tool could not do its job: one line on stderr, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}
