import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** The worker script, beside this module once compiled. */
export const EXTRACT_WORKER = new URL('./extract-worker.js', import.meta.url);

// Below this many articles per thread a second thread costs more than it saves: each thread loads the
// extractors and warms them up on its own (V8 compiles them again), about a second of CPU. Measured on
// the two-core machine with the command's interrupt budget (scripts/cli-loader.cjs), wall seconds of
// one thread against two, three runs each: ECB+ stories, 60 articles 0.70-0.86 vs 0.82-0.89; 139
// articles 0.98-1.17 vs 1.06-1.19; 247 articles 1.76-2.12 vs 1.50-2.03; all 970: 3.8-4.4 vs 3.3-4.0.
const MIN_ARTICLES_PER_WORKER = 120;
// Beyond this, threads only compete for memory bandwidth and the main thread's share of the work.
const MAX_AUTO_WORKERS = 8;

/** Whether worker threads can run here: the compiled worker script exists (not under ts-jest/SWC sources). */
export function workersAvailable(script: URL = EXTRACT_WORKER): boolean {
  return script.protocol === 'file:' && existsSync(fileURLToPath(script));
}

/**
 * How many threads extract `articles`, the calling thread included (it takes its share: N means
 * N - 1 worker threads). `requested` is `--jobs`: a number, or `auto` (undefined) for one per core
 * when the run is big enough to pay for the workers' start-up. 1 means no worker at all: everything
 * runs on the calling thread.
 */
export function workerCount(articles: number, requested?: number | 'auto'): number {
  if (requested !== undefined && requested !== 'auto') return Math.max(1, Math.floor(requested));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, MAX_AUTO_WORKERS, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}
