import { statSync } from 'node:fs';
import type { Article, Claim, ClaimKind, EventGroup, Finding, InputProblem } from '../types.js';
import { loadArticle, readWithinLimit } from '../ingest/load-articles.js';
import { extractArticle } from '../extract/extract-article.js';
import { completeRun } from '../infer/complete-run.js';
import { extractDatedFirst } from '../infer/date-first.js';
import { reconcile } from '../reconcile/reconcile.js';
import { pushTo } from '../util/push-to.js';
import { renderClaims, type RenderedClaims } from '../stream/report-spool.js';
import { nextTurn, readEarly, type ArticleTask } from './article-task.js';

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
  /**
   * Hand back each claim as the text a JSON report lists it by (`prettyElement`), not as an object: a
   * report written from a spool needs only the text, which this thread makes at the cost the
   * collecting thread would pay, and text crosses threads more cheaply than objects.
   */
  renderClaims?: boolean;
}

/**
 * One file of a finished story: its article with its final claims (or, with `renderClaims`, their
 * texts, and no claims), or why it gave none.
 */
export type StoryFile = { article: Article; claims: Claim[]; rendered?: RenderedClaims[] } | { failure: InputProblem };

/** A finished story: every file in input order, and (when reconciled) its findings and events, as `reconcile` gives them. */
export interface StoryOutcome {
  story: string;
  files: StoryFile[];
  findings: Finding[];
  events: EventGroup[];
}

/**
 * Reads, extracts, dates and reconciles one story: what the calling thread would do with the
 * outcomes of its articles (`runByStory`), done here. Undated articles are dated before they are
 * extracted (`extractDatedFirst`), so each article is extracted once. Pure in everything but the file
 * reads, so any thread gives the same outcome.
 */
export async function runStoryTask(task: StoryTask, readFile: (file: string) => Promise<Uint8Array> = readWithinLimit): Promise<StoryOutcome> {
  const loaded = await loadStory(task.articles, readFile);
  const articles = loaded.flatMap((file) => ('article' in file ? [file.article] : []));
  const claims = extractStory(articles, task.kinds);
  const { findings, events } = task.reconcile && articles.length > 0 ? reconcile(articles, claims.flat()) : { findings: [], events: [] };
  let next = 0;
  const files = loaded.map((file): StoryFile => {
    if ('failure' in file) return file;
    const own = claims[next++]!;
    return task.renderClaims ? { article: file.article, claims: [], rendered: [...renderClaims(own)] } : { article: file.article, claims: own };
  });
  return { story: task.story, files, findings, events };
}

/** A story's files, all asked for at once (a reader that waits on the disk works meanwhile), read in order. */
async function loadStory(tasks: readonly ArticleTask[], readFile: (file: string) => Promise<Uint8Array>): Promise<({ article: Article } | { failure: InputProblem })[]> {
  const jobs = tasks.map((task) => {
    if (!task.job || task.input || task.article) throw new Error('a story task holds files still to read');
    return task.job;
  });
  const reads = jobs.map((job) => readEarly(readFile, job.path));
  const loaded: ({ article: Article } | { failure: InputProblem })[] = [];
  for (const [i, job] of jobs.entries()) loaded.push(await loadArticle(job, () => reads[i]!));
  return loaded;
}

/** Each article's final claims, in order: dated first when some are undated, else extracted as they are. */
function extractStory(articles: readonly Article[], kinds?: readonly ClaimKind[]): Claim[][] {
  if (articles.some((article) => article.published.value === null)) {
    const dated = extractDatedFirst(articles, kinds);
    if (dated) return dated;
    // A text that could not be segmented: extracted as it is (the failure is reported on its
    // article), then the story is dated and extracted again the usual way.
    const first = articles.map((article) => extractArticle(article, kinds));
    const run = completeRun({ articles: [...articles], claims: first.flat(), failures: [] }, kinds ? { kinds } : {});
    const finalOf = new Map<string, Claim[]>();
    for (const claim of run.claims) pushTo(finalOf, claim.article, claim);
    return articles.map((article) => finalOf.get(article.id) ?? []);
  }
  return articles.map((article) => extractArticle(article, kinds));
}

// A story holding a file this big is run on the calling thread, not a worker (`leftToCallingThread`).
const CALLING_THREAD_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Whether a worker should leave these stories to the calling thread: one of their files is big enough
 * (an article of millions of characters, a million claims) that its outcome would weigh gigabytes once
 * copied to the calling thread, on top of the worker's own. The calling thread hands its claims to the
 * report as it goes (a spooled report renders them a block at a time), as a run of that one article does.
 */
export function leftToCallingThread(stories: readonly StoryTask[]): boolean {
  for (const story of stories) {
    for (const task of story.articles) {
      if (!task.job) continue;
      try {
        if (statSync(task.job.path).size >= CALLING_THREAD_FROM_BYTES) return true;
      } catch {
        // Unreadable: reading it reports why, on whichever thread.
      }
    }
  }
  return false;
}

/** A batch of stories, one after the other; with `yieldBetween`, other events are handled between two stories. */
export async function runStoryTasks(tasks: readonly StoryTask[], readFile?: (file: string) => Promise<Uint8Array>, options: { yieldBetween?: boolean } = {}): Promise<StoryOutcome[]> {
  const outcomes: StoryOutcome[] = [];
  for (const task of tasks) {
    outcomes.push(await runStoryTask(task, readFile));
    if (options.yieldBetween) await nextTurn();
  }
  return outcomes;
}
