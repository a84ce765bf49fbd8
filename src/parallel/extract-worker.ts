/**
 * Worker thread script: reads, segments and extracts batches of articles for `extractInParallel`.
 * Loading the extractors (chrono, the gazetteer…) starts at once, while the main thread plans the run.
 */
import { serveTasks } from './pool.js';
import { runArticleTasks, type ArticleOutcome, type ArticleTask } from './article-task.js';

serveTasks<ArticleTask[], ArticleOutcome[]>((tasks) => runArticleTasks(tasks));
