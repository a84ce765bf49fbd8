import type { Article, ArticleReport, Claim, EventGroup, Finding, InputProblem } from '../types.js';
import type { RunOptions } from '../pipeline.js';
import { completeRun } from '../infer/complete-run.js';
import { articleReport } from '../report/article-report.js';
import { reconcile } from '../reconcile/reconcile.js';
import { inputFinding } from '../reconcile/input-findings.js';
import { keepScan } from '../extract/time/scan.js';
import { storyLabels, storyOfFile } from '../stories.js';
import { openExtractStream, type ExtractStream, type StoryStream } from './extract-stream.js';
import { ReportSpool, renderClaims, type RenderedClaims } from './report-spool.js';
import { pushTo } from '../util/push-to.js';

/**
 * Where a run gone story by story puts its claims, findings and events as stories finish: a spool on
 * disk (`ReportSpool`) or memory (`MemoryReport`).
 */
export interface StorySink {
  /** The next claim, in input order. */
  addClaim(claim: Claim): void;
  /**
   * The next claims as the report's text (`renderClaims`), rendered on the thread that extracted
   * them: for a sink that only writes text (the spool), which says so by having this.
   */
  addRenderedClaims?(claims: RenderedClaims): void;
  /** A finding of `group` (-1 for input problems, else the story's place among the stories) from `story`. */
  addFinding(finding: Finding, group: number, story?: string): void;
  /** A story's events, in their order. */
  addEvents(story: string, group: number, events: readonly EventGroup[]): void;
}

/** A run gone through story by story; its claims, findings and events went to the sink. */
export interface StoryRun {
  /** The articles' report entries, in input order. */
  articles: ArticleReport[];
  /** Input problems (unreadable files, problems on articles), as findings, in the order `check` lists them before sorting. */
  problems: Finding[];
  /** The prefix of each story's event ids; undefined when the run holds one story (ids stay as they are). */
  label(story: string): string | undefined;
  /** The articles themselves, texts included, in input order: only when asked (`keepArticles`). */
  kept?: Article[];
}

/** A run gone through story by story, its report waiting in a spool. */
export interface SpooledRun extends StoryRun {
  spool: ReportSpool;
}

/**
 * `check` (or, without `reconcile`, `extract`) over files, one story at a time, its report spooled
 * on disk (`goByStory`): memory holds the stories under way, not the run, and the report of 50,000
 * articles stays on disk until written. The spool writes the report `check --format json` writes from
 * memory, byte for byte (tested).
 */
export async function runByStory(paths: readonly string[], options: RunOptions & { reconcile: boolean }): Promise<SpooledRun> {
  const spool = new ReportSpool();
  try {
    return { ...(await goByStory(paths, options, spool)), spool };
  } catch (error) {
    spool.close();
    throw error;
  }
}

/**
 * Goes through a run over files one story at a time: a folder's articles are dated, reconciled and
 * handed to `sink` as soon as its last file is extracted, then let go (unless `keepArticles`). Claims
 * come in input order; findings and events with their story's place, as `reconcileStories` orders
 * them. When the threads can take whole stories (`storyBatches`), each story is finished on the thread
 * that extracted it; otherwise threads extract articles and this thread finishes each story. The
 * outcome is the same either way (tested).
 */
export async function goByStory(paths: readonly string[], options: RunOptions & { reconcile: boolean; keepArticles?: boolean }, sink: StorySink): Promise<StoryRun> {
  const renderClaims = sink.addRenderedClaims !== undefined;
  const stream = await openExtractStream({ paths }, { ...options, keepScans: true, wholeStories: { reconcile: options.reconcile, renderClaims } });
  const planned = stream.plannedPaths ?? [];
  options.progress?.planned?.(planned.length);
  options.progress?.stage?.('extract');
  const collected = new StoryCollector(sink, options);
  if (stream.stories) await collectStories(stream, collected);
  else await collectArticles(stream, planned, collected, options);

  // Input problems, as `check` lists them before its sort: files that gave no article, then each article's.
  const problems = [...stream.problems.map((entry) => entry.problem), ...collected.reports.flatMap((report) => collected.problemsOf.get(report.id) ?? [])].map(inputFinding);
  for (const problem of problems) sink.addFinding(problem, -1);
  const names = collected.storiesWithArticles;
  const labels = names.length > 1 ? storyLabels(storyOrder(names, collected.groupOf)) : undefined;
  return { articles: collected.reports, problems, label: (story) => labels?.get(story), ...(collected.kept ? { kept: collected.kept } : {}) };
}

/** What a run gone story by story keeps of its articles, and the places of its stories. */
class StoryCollector {
  readonly reports: ArticleReport[] = [];
  readonly problemsOf = new Map<string, readonly InputProblem[]>();
  readonly kept: Article[] | undefined;
  /** Each story's place among the stories, in the order their first article came (`groupByStory`'s order). */
  readonly groupOf = new Map<string, number>();
  /** Stories with at least one article, in the order they finished. */
  readonly storiesWithArticles: string[] = [];
  private readonly reportIndex = new Map<string, number>();
  private findings = 0;

  constructor(
    readonly sink: StorySink,
    private readonly options: RunOptions & { reconcile: boolean; keepArticles?: boolean },
  ) {
    this.kept = options.keepArticles ? [] : undefined;
  }

  /** A file that gave no article. */
  failed(): void {
    this.options.progress?.article?.(0);
  }

  /** An article as it comes, in input order; its story takes its place with its first article. */
  arrived(story: string, article: Article, claims: number): void {
    if (!this.groupOf.has(story)) this.groupOf.set(story, this.groupOf.size);
    this.reportIndex.set(article.id, this.reports.length);
    this.reports.push(articleReport(article));
    this.kept?.push(article);
    this.options.progress?.article?.(claims);
  }

  /** A story finished: its articles dated, its findings and events. */
  finished(story: string, articles: readonly Article[], findings: readonly Finding[], events: readonly EventGroup[]): void {
    this.storiesWithArticles.push(story);
    const group = this.groupOf.get(story)!;
    if (this.options.reconcile) {
      for (const finding of findings) this.sink.addFinding(finding, group, story);
      this.sink.addEvents(story, group, events);
      this.findings += findings.length;
      this.options.progress?.findings?.(this.findings);
    }
    // Dated now: the report entries take the final publication dates.
    for (const article of articles) {
      this.reports[this.reportIndex.get(article.id)!] = articleReport(article);
      this.problemsOf.set(article.id, article.problems);
    }
  }
}

/** Stories finished on the threads that extracted them: each comes whole, stories in input order. */
async function collectStories(stream: StoryStream, collected: StoryCollector): Promise<void> {
  for await (const outcome of stream.stories) {
    const articles: Article[] = [];
    for (const file of outcome.files) {
      if ('failure' in file) {
        // Among the stream's problems, as `readAndExtract` keeps them: the order of the report's ties.
        stream.problems.push({ problem: file.failure });
        collected.failed();
        continue;
      }
      const { sink } = collected;
      const { rendered } = file;
      collected.arrived(outcome.story, file.article, rendered ? rendered.reduce((sum, block) => sum + block.count, 0) : file.claims.length);
      articles.push(file.article);
      if (rendered) for (const block of rendered) sink.addRenderedClaims!(block);
      // Claims of the stories run on this thread come as objects: a sink that takes text gets them
      // rendered a block at a time, as a worker renders its own, each block written before the next.
      else if (sink.addRenderedClaims) for (const block of renderClaims(file.claims)) sink.addRenderedClaims(block);
      else for (const claim of file.claims) sink.addClaim(claim);
    }
    if (articles.length > 0) collected.finished(outcome.story, articles, outcome.findings, outcome.events);
  }
}

/** One story being gathered on this thread: its articles as they come, and how many of its files are still to come. */
interface StoryState {
  remaining: number;
  articles: Article[];
  claims: Claim[];
  /** Its articles dated as they were extracted (`ArticleOutcome.settled`). */
  settled: Set<string>;
  done: boolean;
}

/**
 * Articles extracted on the threads one by one: this thread gathers each story, and dates and
 * reconciles it once its last file has come. Claims wait for their story (and the stories before
 * them), so they still leave in input order when a story's files are spread over the input.
 */
async function collectArticles(stream: ExtractStream, planned: readonly string[], collected: StoryCollector, options: RunOptions & { reconcile: boolean }): Promise<void> {
  // The plan tells how many files each story waits for.
  const stories = new Map<string, StoryState>();
  for (const file of planned) {
    const story = storyOfFile(file);
    const state = stories.get(story);
    if (state) state.remaining++;
    else stories.set(story, { remaining: 1, articles: [], claims: [], settled: new Set(), done: false });
  }
  // Articles in input order whose claims wait for their story (and for the stories before them).
  const waiting: { id: string; story: StoryState }[] = [];
  const finalClaims = new Map<string, Claim[]>();

  const finishStory = (story: string, state: StoryState) => {
    state.done = true;
    if (state.articles.length === 0) return;
    // Inference without the progress line: its stages would interleave with extraction's.
    const run = completeRun({ articles: state.articles, claims: state.claims, failures: [], settled: state.settled }, options.kinds ? { kinds: options.kinds } : {});
    for (const claim of run.claims) pushTo(finalClaims, claim.article, claim);
    const { findings, events } = options.reconcile ? reconcile(run.articles, run.claims) : { findings: [], events: [] };
    collected.finished(story, run.articles, findings, events);
    // The texts can go (unless the run keeps its articles).
    state.articles = [];
    state.claims = [];
  };
  const flush = () => {
    let head = 0;
    while (head < waiting.length && waiting[head]!.story.done) {
      const { id } = waiting[head++]!;
      for (const claim of finalClaims.get(id) ?? []) collected.sink.addClaim(claim);
      finalClaims.delete(id);
    }
    waiting.splice(0, head);
  };

  let index = 0;
  for await (const outcome of stream.outcomes) {
    const story = storyOfFile(planned[index++]!);
    const state = stories.get(story)!;
    if ('failure' in outcome) {
      // Among the stream's problems, as `readAndExtract` keeps them: the order of the report's ties.
      stream.problems.push({ problem: outcome.failure });
      collected.failed();
    } else {
      const { article } = outcome;
      collected.arrived(story, article, outcome.claims.length);
      state.articles.push(article);
      for (const claim of outcome.claims) state.claims.push(claim);
      if (outcome.scan) keepScan(article, outcome.scan);
      if (outcome.settled) state.settled.add(article.id);
      waiting.push({ id: article.id, story: state });
    }
    if (--state.remaining === 0) {
      finishStory(story, state);
      flush();
    }
  }
  // Every planned file has come, so every story is finished; this is only a guard.
  for (const [story, state] of stories) if (!state.done) finishStory(story, state);
  flush();
}

/** Stories in the order their first article came (`groupByStory`'s order), not the order they finished. */
function storyOrder(names: readonly string[], groupOf: ReadonlyMap<string, number>): string[] {
  return [...names].sort((a, b) => groupOf.get(a)! - groupOf.get(b)!);
}
