import type { Finding, Severity } from '../types.js';
import type { RunOutcome } from '../pipeline.js';
import { UsageError } from './io.js';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** 1 when any finding is at or above the threshold, else 0. */
export function exitCodeFor(findings: readonly Finding[], threshold: Severity): number {
  return findings.some((finding) => RANK[finding.severity] >= RANK[threshold]) ? 1 : 0;
}

/**
 * Runs a pipeline and turns "nothing could be done" into a UsageError (exit 2): a missing path,
 * duplicate ids, or no readable article at all.
 */
export async function loadInputs(run: () => Promise<RunOutcome>, paths: readonly string[]): Promise<RunOutcome> {
  let outcome: RunOutcome;
  try {
    outcome = await run();
  } catch (error) {
    const name = (error as Error).name;
    const { InputPathError } = await import('../ingest/find-files.js');
    const { DuplicateIdError } = await import('../ingest/load-articles.js');
    if (error instanceof InputPathError || error instanceof DuplicateIdError || name === 'ManifestError' || error instanceof (await import('../ingest/manifest.js')).ManifestError) {
      throw new UsageError((error as Error).message);
    }
    throw error;
  }
  if (outcome.articles.length === 0) {
    const problems = outcome.result.findings.filter((finding) => finding.rule === 'input').map((finding) => finding.message);
    throw new UsageError(
      problems.length > 0
        ? `no article could be read: ${problems.join('; ')}`
        : `no articles found in ${paths.join(', ')} (looked for .txt, .md and .html files)`,
    );
  }
  return outcome;
}
