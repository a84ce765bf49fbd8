import type { Article, Claim, ClaimKind, EventGroup, Finding, InputProblem } from '../types.js';
import { readWithinLimit } from '../ingest/load-articles.js';
import { completeRun } from '../infer/complete-run.js';
import { reconcile } from '../reconcile/reconcile.js';
import { pushTo } from '../util/push-to.js';
import { runArticleTasks, type ArticleTask } from './article-task.js';

/**
 * One story, whole: its files, read and extracted, then dated and (when asked) reconciled on the
 * same thread. A story's steps after extraction need all of its articles and none of another story's,
 * so a thread that has them all can finish the story itself, and the calling thread only collects.
 */
export interface StoryTask {
  story: string;
  /** The story's articles, in input order. */
  articles: ArticleTask[];
  reconcile: boolean;
  kinds?: readonly ClaimKind[];
}

/** One file of a finished story: its article with its final claims, or why it gave none. */
export type StoryFile = { article: Article; claims: Claim[] } | { failure: InputProblem };

/** A finished story: every file in input order, and (when reconciled) its findings and events, as `reconcile` gives them. */
export interface StoryOutcome {
  story: string;
  files: StoryFile[];
  findings: Finding[];
  events: EventGroup[];
}

/** What a worker thread is given: a batch of articles, or a batch of whole stories. */
export type ExtractWork = ArticleTask[] | { stories: StoryTask[] };

/**
 * Reads, extracts, dates and reconciles one story: what the calling thread would do with the
 * outcomes of its articles (`runByStory`), done here. Pure in everything but the file reads, so any
 * thread gives the same outcome.
 */
export async function runStoryTask(
  task: StoryTask,
  readFile: (file: string) => Promise<Uint8Array> = readWithinLimit,
  options: { yieldBetween?: boolean } = {},
): Promise<StoryOutcome> {
  const outcomes = await runArticleTasks(task.articles, readFile, options);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const settled = new Set<string>();
  for (const outcome of outcomes) {
    if ('failure' in outcome) continue;
    articles.push(outcome.article);
    for (const claim of outcome.claims) claims.push(claim);
    if (outcome.settled) settled.add(outcome.article.id);
  }
  if (articles.length === 0) return { story: task.story, files: outcomes.map((outcome) => ('failure' in outcome ? { failure: outcome.failure } : outcome)), findings: [], events: [] };
  // The undated articles' time expressions stay with their article objects on this thread (scan.ts).
  const run = completeRun({ articles, claims, failures: [], settled }, task.kinds ? { kinds: task.kinds } : {});
  const { findings, events } = task.reconcile ? reconcile(run.articles, run.claims) : { findings: [], events: [] };
  const finalOf = new Map<string, Claim[]>();
  for (const claim of run.claims) pushTo(finalOf, claim.article, claim);
  const files = outcomes.map((outcome): StoryFile => ('failure' in outcome ? { failure: outcome.failure } : { article: outcome.article, claims: finalOf.get(outcome.article.id) ?? [] }));
  return { story: task.story, files, findings, events };
}

/** A batch of stories, one after the other; with `yieldBetween`, other events are handled between two articles. */
export async function runStoryTasks(tasks: readonly StoryTask[], readFile?: (file: string) => Promise<Uint8Array>, options: { yieldBetween?: boolean } = {}): Promise<StoryOutcome[]> {
  const outcomes: StoryOutcome[] = [];
  for (const task of tasks) outcomes.push(await runStoryTask(task, readFile, options));
  return outcomes;
}
