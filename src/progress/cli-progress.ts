import type { CliIO } from '../cli/io.js';
import { ProgressLine } from './progress-line.js';

/**
 * The progress line for a CLI run, or undefined when there must be none: `--no-progress`, stderr not
 * a terminal (a pipe, a file, CI logs), or a terminal that cannot redraw a line (`TERM=dumb`).
 * Progress only ever goes to stderr; stdout carries the report.
 */
export function cliProgress(io: CliIO, enabled: boolean | undefined): ProgressLine | undefined {
  if (enabled === false || !io.stderrIsTTY || io.env.TERM === 'dumb') return undefined;
  return new ProgressLine((text) => io.stderr(text), { columns: process.stderr.columns || 80 }).startTimer();
}
