/**
 * Worker thread script: reads, segments and extracts batches of articles for `extractInParallel`, or
 * whole stories for `extractStoriesInParallel`. Loading the extractors (chrono, the gazetteer…) starts
 * at once, while the main thread plans the run.
 */
import { serveTasks } from './pool.js';
import { runArticleTasks, type ArticleOutcome } from './article-task.js';
import { runStoryTasks, type ExtractWork, type StoryOutcome } from './story-task.js';

serveTasks<ExtractWork, ArticleOutcome[] | StoryOutcome[]>((work) => (Array.isArray(work) ? runArticleTasks(work) : runStoryTasks(work.stories)));
