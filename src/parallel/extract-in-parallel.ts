import type { ArticleOutcome, ArticleTask } from './article-task.js';
import { runArticleTasks } from './article-task.js';
import { mapOrdered } from './ordered-map.js';
import { EXTRACT_WORKER, workersAvailable } from './jobs.js';
import { WorkerPool } from './pool.js';
import { runSharedQueue } from './shared-queue.js';
import { runStoryTasks, type StoryOutcome, type StoryTask } from './story-task.js';

export interface ParallelOptions {
  /** Threads that extract, this one included: 1 (or workers unavailable) runs on this thread only. */
  workers: number;
  /** Reads a file's bytes; a custom reader keeps the work on this thread (functions cannot cross threads). */
  readFile?: (file: string) => Promise<Uint8Array>;
}

// Articles per message: enough to make messaging cheap, few enough to keep both workers busy to the end.
const BATCH_SIZE = 8;
// Batches started per thread: one running, one waiting in each worker, and results waiting their turn.
const BATCHES_PER_WORKER = 3;
// Story batches a thread may take past the oldest outcome not yet yielded: enough that a worker goes
// on while this thread is busy with a long story, few enough that outcomes waiting their turn stay few.
const STORY_BATCHES_AHEAD_PER_THREAD = 4;
// On one thread, batches of a few articles read ahead keep the disk busy while articles are extracted.
const BATCH_ON_ONE_THREAD = 8;
const BATCHES_AHEAD_ON_ONE_THREAD = 2;

/**
 * Reads and extracts articles, on this thread and `workers - 1` worker threads when asked, and yields
 * each outcome in the order of the tasks. Claims depend only on their article, so the output is the
 * same for any number of threads. Tasks are pulled from `tasks` only as threads free up: a long
 * stream is never all in memory.
 */
export async function* extractInParallel(tasks: Iterable<ArticleTask> | AsyncIterable<ArticleTask>, options: ParallelOptions): AsyncGenerator<ArticleOutcome> {
  const threads = options.readFile === undefined && workersAvailable() ? options.workers : 1;
  if (threads <= 1) {
    yield* mapOrdered(tasks, (batch) => runArticleTasks(batch, options.readFile), { batchSize: BATCH_ON_ONE_THREAD, inFlight: BATCHES_AHEAD_ON_ONE_THREAD });
    return;
  }
  // This thread extracts too: it would otherwise only wait, and one worker fewer has to start.
  const pool = new WorkerPool<ArticleTask[], ArticleOutcome[]>(EXTRACT_WORKER, threads - 1, { local: (batch) => runArticleTasks(batch, undefined, { yieldBetween: true }) });
  try {
    yield* mapOrdered(tasks, (batch) => pool.run(batch), { batchSize: BATCH_SIZE, inFlight: threads * BATCHES_PER_WORKER });
  } finally {
    await pool.close();
  }
}

/**
 * Reads, extracts, dates and reconciles whole stories, each on one thread (this one and `workers - 1`
 * worker threads), and yields each story's outcome in the order of `batches`. Each batch (a few
 * consecutive stories, so that messages stay few) goes to one thread. Every thread takes the next
 * batch as soon as it is free (`runSharedQueue`): this thread, which also collects the outcomes, is
 * busy for long stretches with a story of its own, and a worker waiting to be handed work would idle.
 */
export async function* extractStoriesInParallel(batches: readonly StoryTask[][], options: ParallelOptions): AsyncGenerator<StoryOutcome> {
  const threads = options.readFile === undefined && workersAvailable() ? options.workers : 1;
  if (threads <= 1) {
    yield* mapOrdered(batches, async ([batch]) => runStoryTasks(unrendered(batch!), options.readFile), { batchSize: 1, inFlight: BATCHES_AHEAD_ON_ONE_THREAD });
    return;
  }
  const outcomes = runSharedQueue<StoryTask[], StoryOutcome[]>(batches, {
    script: EXTRACT_WORKER,
    workers: threads - 1,
    // Between two stories, workers' replies are taken: their stories can then be yielded in turn.
    local: (stories) => runStoryTasks(unrendered(stories), undefined, { yieldBetween: true }),
    ahead: threads * STORY_BATCHES_AHEAD_PER_THREAD,
  });
  for await (const batch of outcomes) yield* batch;
}

/**
 * Stories run on this thread: their claims stay objects, whatever the task asks. Rendering pays off
 * only for claims that cross threads; here the sink renders each claim as it writes it, instead of the
 * story holding all its claims twice (as objects and as text) — a million, for one huge article.
 */
function unrendered(stories: readonly StoryTask[]): StoryTask[] {
  return stories.map((story) => (story.renderClaims ? { ...story, renderClaims: false } : story));
}
