import type { ClaimKind, InputProblem } from '../types.js';
import type { RunOptions } from '../pipeline.js';
import { planArticles } from '../ingest/load-articles.js';
import type { ArticleOutcome, ArticleTask } from '../parallel/article-task.js';
import { extractInParallel, extractStoriesInParallel } from '../parallel/extract-in-parallel.js';
import type { StoryOutcome, StoryTask } from '../parallel/story-task.js';
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

export interface WholeStoryOptions {
  /**
   * Threads may take whole stories rather than articles when the run allows (`storyBatches`): each
   * story is then extracted, dated and, with `reconcile`, reconciled on one thread, and the stream
   * gives `stories` instead of `outcomes`.
   */
  wholeStories?: { reconcile: boolean; renderClaims?: boolean };
}

interface StreamPlan {
  /** How many articles will come, when known before reading (files); unknown for a stream of lines. */
  planned?: number;
  /** The files that will come, in the order of their outcomes (files only). */
  plannedPaths?: string[];
  /** Problems not attached to an article; complete once the outcomes are exhausted. */
  problems: StoryProblem[];
}

/** Articles one by one; what comes after extraction is left to the caller. */
export interface ExtractStream extends StreamPlan {
  /** Each article's outcome, in input order, as soon as it and those before it are done. */
  outcomes: AsyncGenerator<ArticleOutcome>;
  stories?: undefined;
}

/** Whole stories, finished: each story's files in input order, stories in input order. */
export interface StoryStream extends StreamPlan {
  stories: AsyncGenerator<StoryOutcome>;
  outcomes?: undefined;
}

/**
 * Starts reading and extracting a run's articles, streamed: tasks are taken from the source only as
 * workers free up, and each outcome is handed on as soon as its turn comes. Listing the files (and
 * their manifests) happens here, so a missing path or a repeated id throws before anything is read.
 */
export async function openExtractStream(source: ExtractSource, options?: RunOptions & ScanOptions): Promise<ExtractStream>;
export async function openExtractStream(source: ExtractSource, options: RunOptions & ScanOptions & WholeStoryOptions): Promise<ExtractStream | StoryStream>;
export async function openExtractStream(source: ExtractSource, options: RunOptions & ScanOptions & WholeStoryOptions = {}): Promise<ExtractStream | StoryStream> {
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
  const batches = options.wholeStories && Array.isArray(tasks) ? storyBatches(tasks as ArticleTask[], workers, options.wholeStories, options.kinds) : undefined;
  if (batches) {
    const parallel = extractStoriesInParallel(batches, { workers, ...(options.readFile ? { readFile: options.readFile } : {}) });
    async function* stories(): AsyncGenerator<StoryOutcome> {
      yield* parallel;
      problems.push(...after.map((problem) => ({ problem })));
    }
    return { ...(planned !== undefined ? { planned } : {}), ...(plannedPaths ? { plannedPaths } : {}), stories: stories(), problems };
  }
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

// A story task holds at least this many articles (several small stories go together): fewer messages.
const ARTICLES_PER_STORY_BATCH = 8;
// With several threads, the biggest story may hold at most this share of one thread's articles: a
// thread still busy with a long story at the end would leave the others idle.
const MAX_STORY_SHARE = 0.25;

/**
 * The run's articles as batches of whole stories, for threads that finish each story themselves
 * (dating its undated articles before extracting them: `extractDatedFirst`), or undefined when the run
 * must be split by article: a story whose files are not all together in the input (its claims must
 * come in input order), or, with several threads, a single story or a story too big for one thread's
 * share.
 */
export function storyBatches(
  tasks: readonly ArticleTask[],
  threads: number,
  work: { reconcile: boolean; renderClaims?: boolean },
  kinds?: readonly ClaimKind[],
): StoryTask[][] | undefined {
  const stories: StoryTask[] = [];
  const seen = new Set<string>();
  for (const task of tasks) {
    if (!task.job || task.input || task.article) return undefined;
    const story = storyOfFile(task.job.path);
    const last = stories[stories.length - 1];
    if (last?.story === story) {
      last.articles.push(task);
      continue;
    }
    if (seen.has(story)) return undefined;
    seen.add(story);
    stories.push({ story, articles: [task], reconcile: work.reconcile, ...(work.renderClaims ? { renderClaims: true } : {}), ...(kinds ? { kinds } : {}) });
  }
  if (threads > 1) {
    let largest = 0;
    for (const story of stories) largest = Math.max(largest, story.articles.length);
    if (stories.length < 2 || largest > Math.max(ARTICLES_PER_STORY_BATCH, (MAX_STORY_SHARE * tasks.length) / threads)) return undefined;
  }
  const batches: StoryTask[][] = [];
  let batch: StoryTask[] = [];
  let size = 0;
  for (const story of stories) {
    batch.push(story);
    size += story.articles.length;
    if (size >= ARTICLES_PER_STORY_BATCH) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
