import type { RunProgress } from './run-progress.js';

/**
 * Times the stages of a run (`CORROBORATE_TIMING=1`, like ESLint's `TIMING`): each stage lasts from
 * its start to the start of the next, or to `finish()`; a stage entered several times is summed. Wall-clock milliseconds, for people and the
 * bench; never part of a report.
 */
export class StageTimer implements RunProgress {
  private readonly times: { stage: string; ms: number }[] = [];
  private current: { stage: string; since: number } | undefined;
  private readonly started: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.started = now();
    this.current = { stage: 'plan', since: this.started };
  }

  stage(name: string): void {
    this.close();
    this.current = { stage: name, since: this.now() };
  }

  private close(): void {
    if (!this.current) return;
    // A stage entered again (story after story) adds to its first entry: one total per stage.
    const ms = this.now() - this.current.since;
    const known = this.times.find((entry) => entry.stage === this.current!.stage);
    if (known) known.ms += ms;
    else this.times.push({ stage: this.current.stage, ms });
    this.current = undefined;
  }

  /** Ends the last stage; returns every stage with its time, and the total. */
  finish(): { stages: { stage: string; ms: number }[]; totalMs: number } {
    this.close();
    return { stages: [...this.times], totalMs: this.now() - this.started };
  }

  /** One line: `timing: plan 120 ms · extract 5,210 ms · reconcile 830 ms · total 6,400 ms`. */
  line(): string {
    const { stages, totalMs } = this.finish();
    const parts = [...stages.map(({ stage, ms }) => `${stage} ${Math.round(ms)} ms`), `total ${Math.round(totalMs)} ms`];
    return `corroborate: timing: ${parts.join(' · ')}\n`;
  }
}

/** One listener that tells several: the progress line and the stage timer. */
export function fanOut(...listeners: (RunProgress | undefined)[]): RunProgress | undefined {
  const present = listeners.filter((listener): listener is RunProgress => listener !== undefined);
  if (present.length <= 1) return present[0];
  return {
    planned: (articles) => present.forEach((listener) => listener.planned?.(articles)),
    article: (claims) => present.forEach((listener) => listener.article?.(claims)),
    stage: (name) => present.forEach((listener) => listener.stage?.(name)),
    findings: (count) => present.forEach((listener) => listener.findings?.(count)),
  };
}
