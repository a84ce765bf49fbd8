import type { Argv } from 'yargs';
import type { CliIO } from './io.js';

/** One CLI command: its yargs definition and a handler that returns the exit code. */
export interface Command {
  command: string | string[];
  describe: string;
  builder(yargs: Argv): Argv;
  run(args: Record<string, unknown>, io: CliIO): Promise<number>;
}
