import type { Finding, Severity } from '../types.js';
import type { RunOutcome } from '../pipeline.js';
import { UsageError } from './io.js';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** 1 when any finding is at or above the threshold, else 0. */
export function exitCodeFor(findings: readonly Finding[], threshold: Severity): number {
  return findings.some((finding) => RANK[finding.severity] >= RANK[threshold]) ? 1 : 0;
}

/** `exitCodeFor` from the number of findings of each severity. */
export function exitCodeForCounts(counts: Record<Severity, number>, threshold: Severity): number {
  return (Object.keys(counts) as Severity[]).some((severity) => counts[severity] > 0 && RANK[severity] >= RANK[threshold]) ? 1 : 0;
}

/** Runs `work`; a missing input path or two articles with one id become a UsageError (exit 2, one line). */
export async function withInputErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Matched by name so that `--help` does not load the ingest code (see the error classes).
    if (error instanceof Error && (error.name === 'InputPathError' || error.name === 'DuplicateIdError')) throw new UsageError(error.message);
    throw error;
  }
}

// How many unreadable files to name when none could be read; the findings name them all.
const NAMED_FAILURES = 5;

/**
 * Runs a pipeline and turns "nothing could be done" into a UsageError (exit 2, one line): a
 * missing path, two articles with one id, or no readable article at all. Anything less (some
 * files unreadable) is reported as `input` findings and the run goes on.
 */
export async function loadInputs(run: () => Promise<RunOutcome>, paths: readonly string[]): Promise<RunOutcome> {
  const outcome = await withInputErrors(run);
  requireArticles(outcome.articles.length, outcome.result.findings, paths);
  return outcome;
}

/** Throws a UsageError naming what went wrong when a run read no article; `findings` hold its input problems. */
export function requireArticles(articles: number, findings: readonly Finding[], paths: readonly string[]): void {
  if (articles > 0) return;
  const failures = findings.filter((finding) => finding.rule === 'input' && finding.severity === 'error');
  if (failures.length === 0) {
    throw new UsageError(`no articles found in ${paths.join(', ')} (looked for .txt, .md and .html files)`);
  }
  const named = failures.slice(0, NAMED_FAILURES).map((finding) => finding.message);
  const more = failures.length > NAMED_FAILURES ? `; and ${failures.length - NAMED_FAILURES} more` : '';
  throw new UsageError(`no article could be read: ${named.join('; ')}${more}`);
}
