/**
 * Worker thread script: reads, segments and extracts batches of articles for `extractInParallel`
 * (tasks handed out by a `WorkerPool`), or takes batches of whole stories from the shared queue of
 * `extractStoriesInParallel`. Loading the extractors (chrono, the gazetteer…) starts at once, while
 * the main thread plans the run.
 */
import { serveTasks } from './pool.js';
import { LEAVE_TO_CALLING_THREAD, serveSharedQueue } from './shared-queue.js';
import { runArticleTasks, type ArticleOutcome, type ArticleTask } from './article-task.js';
import { leftToCallingThread, runStoryTasks, type StoryOutcome, type StoryTask } from './story-task.js';

serveTasks<ArticleTask[], ArticleOutcome[]>((tasks) => runArticleTasks(tasks));
serveSharedQueue<StoryTask[], StoryOutcome[]>((stories) => (leftToCallingThread(stories) ? LEAVE_TO_CALLING_THREAD : runStoryTasks(stories)));
