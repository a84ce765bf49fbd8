import type { Article, Claim, ClaimKind, InputProblem } from '../types.js';
import { loadArticle, readWithinLimit, type ArticleJob } from '../ingest/load-articles.js';
import { extractArticle } from '../extract/extract-article.js';
import type { TimeMention } from '../extract/time/frame.js';
import { keptScan } from '../extract/time/scan.js';
import { extractDatedFirst } from '../infer/date-first.js';
import { withInputId, type ArticleInput } from '../stream/article-input.js';

/**
 * One article to extract: a file still to read (`job`), a text still to read as an article (`job`
 * with `input`: a JSONL line), or an article already read (`article`: a second pass).
 */
export interface ArticleTask {
  job?: ArticleJob;
  input?: ArticleInput;
  article?: Article;
  kinds?: readonly ClaimKind[];
  /** The story the article belongs to; handed back with the outcome. */
  story?: string;
  /**
   * Hand back the time expressions of an article without a publication date: the run infers its
   * date and extracts it again on the main thread, which then need not parse the text again.
   */
  keepScan?: boolean;
  /**
   * The article is alone in its story and the run infers dates next: an undated one is dated from its
   * own text before it is extracted (`extractDatedFirst`), and comes back `settled`.
   */
  alone?: boolean;
}

const encoder = new TextEncoder();

/**
 * The article with its claims (and, when asked, the time expressions of an undated article), or why
 * its file could not be read; with the task's story. `settled`: the article was alone and undated, and
 * its date is already inferred (or found not to be inferable) and its claims final.
 */
export type ArticleOutcome = ({ article: Article; claims: Claim[]; scan?: readonly TimeMention[]; settled?: true } | { failure: InputProblem }) & { story?: string };

/**
 * Reads (when needed), segments and extracts one article. Pure in everything but the file read, so
 * any thread gives the same outcome.
 */
export async function runArticleTask(task: ArticleTask, readFile?: (file: string) => Promise<Uint8Array>): Promise<ArticleOutcome> {
  const story = task.story !== undefined ? { story: task.story } : {};
  let article = task.article;
  if (!article) {
    if (!task.job) throw new Error('an article task needs a job or an article');
    const input = task.input;
    // Text from a JSONL line goes through the same reader as a file's bytes: metadata lines, boilerplate, HTML.
    const read = input ? async () => encoder.encode(input.text) : readFile;
    const loaded = await loadArticle(task.job, read);
    if ('failure' in loaded) return { ...loaded, ...story };
    article = input ? withInputId(loaded.article, input.id) : loaded.article;
  }
  if (task.story !== undefined && task.story !== '' && article.story === undefined) article = { ...article, story: task.story };
  if (task.alone && article.published.value === null) {
    const claims = extractDatedFirst([article], task.kinds);
    if (claims) return { article, claims: claims[0]!, settled: true, ...story };
  }
  const claims = extractArticle(article, task.kinds);
  const scan = task.keepScan && article.published.value === null ? keptScan(article) : undefined;
  return { article, claims, ...(scan ? { scan } : {}), ...story };
}

/**
 * A batch of tasks, extracted one after the other, in order. The batch's files are all asked for at
 * once: a reader that waits on the disk (or the network) then works while the first articles are
 * extracted. The default reader is synchronous (see `readWithinLimit`): it has the bytes at once. With
 * `yieldBetween`, other events (workers' replies) are handled between two articles.
 */
export async function runArticleTasks(
  tasks: readonly ArticleTask[],
  readFile: (file: string) => Promise<Uint8Array> = readWithinLimit,
  options: { yieldBetween?: boolean } = {},
): Promise<ArticleOutcome[]> {
  const reads = tasks.map((task) => (!task.job || task.input || task.article ? undefined : readEarly(readFile, task.job.path)));
  const outcomes: ArticleOutcome[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const read = reads[i];
    outcomes.push(await runArticleTask(tasks[i]!, read ? () => read : readFile));
    // On a thread that also hands tasks to workers, their replies are taken between two articles.
    if (options.yieldBetween) await nextTurn();
  }
  return outcomes;
}

/**
 * Asks for a file's bytes now, to be awaited later (a batch's files are asked for at once). A failed
 * read is observed at once, so it is not reported as unhandled, and thrown again where it is awaited.
 */
export function readEarly(readFile: (file: string) => Promise<Uint8Array>, file: string): Promise<Uint8Array> {
  const bytes = readFile(file);
  bytes.catch(() => undefined);
  return bytes;
}

/** Lets other events (a worker's reply) be handled before going on. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}
