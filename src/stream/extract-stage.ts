import type { ClaimKind, InputProblem } from '../types.js';
import type { RunProgress } from '../progress/run-progress.js';
import type { ExtractStream } from './extract-stream.js';
import type { StreamOutput } from './output.js';
import { articleRecord, claimRecords, problemRecord, recordLine } from './records.js';

export interface ExtractStageOptions {
  /** The story of records whose input named none (`--story`). */
  story?: string;
  /** Start each line with `STORY<TAB>` (Hadoop Streaming's key). */
  keyed?: boolean;
  /** `--kinds`, written on article records so the reduce stage extracts again with the same. */
  kinds?: readonly ClaimKind[];
  progress?: RunProgress;
}

export interface ExtractStageSummary {
  articles: number;
  claims: number;
  /** Every input problem written, on articles or not. */
  problems: InputProblem[];
}

/**
 * The map stage: writes each article's record and its claim records as soon as the article is done,
 * in input order, then a record for each input that gave no article. Nothing of an article is kept
 * once it is written, so memory stays flat however long the input. Run-level steps (publication
 * dates inferred from other articles) are left to the reduce stage, which sees the whole story.
 */
export async function writeExtractRecords(stream: ExtractStream, output: StreamOutput, options: ExtractStageOptions = {}): Promise<ExtractStageSummary> {
  const keyed = options.keyed ?? false;
  const summary: ExtractStageSummary = { articles: 0, claims: 0, problems: [] };
  if (stream.planned !== undefined) options.progress?.planned?.(stream.planned);
  options.progress?.stage?.('extract');
  for await (const outcome of stream.outcomes) {
    const story = outcome.story ?? options.story;
    if ('failure' in outcome) {
      stream.problems.push({ problem: outcome.failure, ...(story !== undefined ? { story } : {}) });
      options.progress?.article?.(0);
      continue;
    }
    const lines = [recordLine(articleRecord(outcome.article, story, options.kinds), keyed)];
    for (const record of claimRecords(outcome.claims, story)) lines.push(recordLine(record, keyed));
    await output.write(lines.join(''));
    summary.articles++;
    summary.claims += outcome.claims.length;
    summary.problems.push(...outcome.article.problems);
    options.progress?.article?.(outcome.claims.length);
  }
  for (const { problem, story } of stream.problems) {
    await output.write(recordLine(problemRecord(problem, story ?? options.story), keyed));
    summary.problems.push(problem);
  }
  return summary;
}
