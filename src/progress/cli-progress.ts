import type { CliIO } from '../cli/io.js';
import { ProgressLine } from './progress-line.js';
import type { RunProgress } from './run-progress.js';
import { fanOut, StageTimer } from './stage-timer.js';

/**
 * The progress line for a CLI run, or undefined when there must be none: `--no-progress`, stderr not
 * a terminal (a pipe, a file, CI logs), or a terminal that cannot redraw a line (`TERM=dumb`).
 * Progress only ever goes to stderr; stdout carries the report.
 */
export function cliProgress(io: CliIO, enabled: boolean | undefined): ProgressLine | undefined {
  if (enabled === false || !io.stderrIsTTY || io.env.TERM === 'dumb') return undefined;
  return new ProgressLine((text) => io.stderr(text), { columns: process.stderr.columns || 80 }).startTimer();
}

/** What a command does with the watchers of its run. */
export interface RunWatch {
  /** Handed to the pipeline (undefined when nobody watches). */
  progress?: RunProgress;
  /** The command moves on to a stage of its own (`ledger`, `report`). */
  stage(name: string): void;
  /** Wipes the progress line: call before writing to a terminal. */
  clear(): void;
  /** Wipes the line and, with `CORROBORATE_TIMING=1`, prints the time of each stage on stderr. */
  finish(): void;
}

/** The progress line (`--progress`, TTY) and the stage timer (`CORROBORATE_TIMING=1`) of a CLI run. */
export function watchRun(io: CliIO, progressFlag: boolean | undefined): RunWatch {
  const line = cliProgress(io, progressFlag);
  const timing = io.env.CORROBORATE_TIMING;
  const timer = timing !== undefined && timing !== '' && timing !== '0' ? new StageTimer() : undefined;
  const progress = fanOut(line, timer);
  let finished = false;
  return {
    ...(progress ? { progress } : {}),
    stage: (name) => progress?.stage?.(name),
    clear: () => line?.done(),
    finish() {
      line?.done();
      if (timer && !finished) io.stderr(timer.line());
      finished = true;
    },
  };
}
