import type { InputProblem } from '../types.js';
import type { RunOptions } from '../pipeline.js';
import { planArticles } from '../ingest/load-articles.js';
import type { ArticleOutcome, ArticleTask } from '../parallel/article-task.js';
import { extractInParallel } from '../parallel/extract-in-parallel.js';
import { workerCount } from '../parallel/jobs.js';
import { inputTasks } from './input-tasks.js';
import type { InputLine } from './read-lines.js';
import { storyOfFile } from '../stories.js';
import { pushTo } from '../util/push-to.js';

/** Where a run's articles come from: files and folders, or JSONL article lines (stdin). */
export type ExtractSource = { paths: readonly string[] } | { lines: AsyncIterable<InputLine> };

export interface ScanOptions {
  /**
   * Outcomes of articles without a publication date carry their time expressions (`ArticleOutcome.scan`),
   * for a run that infers their dates next (`readAndExtract`). An undated file alone in its story is
   * dated before it is extracted instead (`ArticleTask.alone`).
   */
  keepScans?: boolean;
}

/** A problem not attached to an article, with the story it was found in. */
export interface StoryProblem {
  problem: InputProblem;
  story?: string;
}

export interface ExtractStream {
  /** How many articles will come, when known before reading (files); unknown for a stream of lines. */
  planned?: number;
  /** The files that will come, in the order of their outcomes (files only). */
  plannedPaths?: string[];
  /** Each article's outcome, in input order, as soon as it and those before it are done. */
  outcomes: AsyncGenerator<ArticleOutcome>;
  /** Problems not attached to an article; complete once `outcomes` is exhausted. */
  problems: StoryProblem[];
}

/**
 * Starts reading and extracting a run's articles, streamed: tasks are taken from the source only as
 * workers free up, and each outcome is handed on as soon as its turn comes. Listing the files (and
 * their manifests) happens here, so a missing path or a repeated id throws before anything is read.
 */
export async function openExtractStream(source: ExtractSource, options: RunOptions & ScanOptions = {}): Promise<ExtractStream> {
  const problems: StoryProblem[] = [];
  const kinds = { ...(options.kinds ? { kinds: options.kinds } : {}), ...(options.keepScans ? { keepScan: true } : {}) };
  let tasks: Iterable<ArticleTask> | AsyncIterable<ArticleTask>;
  let planned: number | undefined;
  let plannedPaths: string[] | undefined;
  let after: InputProblem[] = [];
  if ('paths' in source) {
    const plan = await planArticles(source.paths, options);
    problems.push(...plan.walkProblems.map((problem) => ({ problem })));
    after = plan.metadataProblems;
    planned = plan.jobs.length;
    plannedPaths = plan.jobs.map((job) => job.path);
    const alone = options.keepScans ? loneFiles(plannedPaths) : new Set<string>();
    tasks = plan.jobs.map((job) => ({ job, ...kinds, ...(alone.has(job.path) ? { alone: true } : {}) }));
  } else {
    tasks = inputTasks(source.lines, {
      ...kinds,
      publishedFor: (id) => options.publishedById?.get(id) ?? options.publishedForAll,
      onProblem: (problem, story) => problems.push({ problem, ...(story !== undefined ? { story } : {}) }),
    });
  }
  // A stream of unknown length is taken to be a big one: distributed stages feed whole shards.
  const workers = workerCount(planned ?? Number.MAX_SAFE_INTEGER, options.jobs ?? 1);
  const parallel = extractInParallel(tasks, { workers, ...(options.readFile ? { readFile: options.readFile } : {}) });
  async function* outcomes(): AsyncGenerator<ArticleOutcome> {
    yield* parallel;
    problems.push(...after.map((problem) => ({ problem })));
  }
  return { ...(planned !== undefined ? { planned } : {}), ...(plannedPaths ? { plannedPaths } : {}), outcomes: outcomes(), problems };
}

/** The files that are the only one of their story (folder) in the run. */
function loneFiles(paths: readonly string[]): Set<string> {
  const filesOf = new Map<string, string[]>();
  for (const file of paths) pushTo(filesOf, storyOfFile(file), file);
  const lone = new Set<string>();
  for (const files of filesOf.values()) if (files.length === 1) lone.add(files[0]!);
  return lone;
}
