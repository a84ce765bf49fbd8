import type { Article, ArticleReport, Claim, Finding, InputProblem } from '../types.js';
import { articleReport, completeRun, type RunOptions } from '../pipeline.js';
import { reconcile } from '../reconcile/reconcile.js';
import { inputFinding } from '../reconcile/input-findings.js';
import { keepScan } from '../extract/time/scan.js';
import { storyLabels, storyOfFile } from '../stories.js';
import { openExtractStream } from './extract-stream.js';
import { ReportSpool } from './report-spool.js';

/** A run gone through story by story, its report waiting in a spool. */
export interface SpooledRun {
  /** The articles' report entries, in input order. */
  articles: ArticleReport[];
  /** Input problems (unreadable files, problems on articles), as findings, in the order `check` lists them before sorting. */
  problems: Finding[];
  spool: ReportSpool;
  /** The prefix of each story's event ids; undefined when the run holds one story (ids stay as they are). */
  label(story: string): string | undefined;
}

/** One story being gathered: its articles as they come, and how many of its files are still to come. */
interface StoryState {
  /** The story's place among the stories, in the order their first article comes (-1 before it has one). */
  group: number;
  remaining: number;
  articles: Article[];
  claims: Claim[];
  /** Its articles dated as they were extracted (`ArticleOutcome.settled`). */
  settled: Set<string>;
  done: boolean;
}

/**
 * `check` (or, without `reconcile`, `extract`) over files, one story at a time: a folder's articles are
 * dated, reconciled and handed to a spool as soon as its last file is extracted, then let go. Memory
 * holds the stories under way, not the run: the report of 50,000 articles stays on disk until written.
 * The spool writes the report `check --format json` writes from memory, byte for byte (tested): claims
 * in input order, findings in `compareFindings` order, events and labels as `reconcileStories` gives.
 */
export async function runByStory(paths: readonly string[], options: RunOptions & { reconcile: boolean }): Promise<SpooledRun> {
  const stream = await openExtractStream({ paths }, { ...options, keepScans: true });
  const planned = stream.plannedPaths ?? [];
  options.progress?.planned?.(planned.length);
  options.progress?.stage?.('extract');
  // The plan tells how many files each story waits for.
  const stories = new Map<string, StoryState>();
  for (const file of planned) {
    const story = storyOfFile(file);
    const state = stories.get(story);
    if (state) state.remaining++;
    else stories.set(story, { group: -1, remaining: 1, articles: [], claims: [], settled: new Set(), done: false });
  }
  const spool = new ReportSpool();
  try {
    const reports: ArticleReport[] = [];
    const reportIndex = new Map<string, number>();
    const problemsOf = new Map<string, readonly InputProblem[]>();
    let groups = 0;
    // Articles in input order whose claims wait for their story (and for the stories before them).
    const waiting: { id: string; story: StoryState }[] = [];
    const finalClaims = new Map<string, Claim[]>();
    const storiesWithArticles: string[] = [];
    let findings = 0;

    const finishStory = (story: string, state: StoryState) => {
      state.done = true;
      if (state.articles.length === 0) return;
      storiesWithArticles.push(story);
      // Inference without the progress line: its stages would interleave with extraction's.
      const run = completeRun({ articles: state.articles, claims: state.claims, failures: [], settled: state.settled }, options.kinds ? { kinds: options.kinds } : {});
      for (const claim of run.claims) {
        const own = finalClaims.get(claim.article);
        if (own) own.push(claim);
        else finalClaims.set(claim.article, [claim]);
      }
      if (options.reconcile) {
        const outcome = reconcile(run.articles, run.claims);
        for (const finding of outcome.findings) spool.addFinding(finding, state.group, story);
        spool.addEvents(story, state.group, outcome.events);
        findings += outcome.findings.length;
        options.progress?.findings?.(findings);
      }
      // Dated now: the report entries take the final publication dates, and the texts can go.
      for (const article of state.articles) {
        reports[reportIndex.get(article.id)!] = articleReport(article);
        problemsOf.set(article.id, article.problems);
      }
      state.articles = [];
      state.claims = [];
    };
    const flush = () => {
      let head = 0;
      while (head < waiting.length && waiting[head]!.story.done) {
        const { id } = waiting[head++]!;
        for (const claim of finalClaims.get(id) ?? []) spool.addClaim(claim);
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
        options.progress?.article?.(0);
      } else {
        const { article } = outcome;
        // Stories take their place by their first article, as `groupByStory` orders them in memory.
        if (state.group < 0) state.group = groups++;
        reportIndex.set(article.id, reports.length);
        reports.push(articleReport(article));
        state.articles.push(article);
        for (const claim of outcome.claims) state.claims.push(claim);
        if (outcome.scan) keepScan(article, outcome.scan);
        if (outcome.settled) state.settled.add(article.id);
        waiting.push({ id: article.id, story: state });
        options.progress?.article?.(outcome.claims.length);
      }
      if (--state.remaining === 0) {
        finishStory(story, state);
        flush();
      }
    }
    // Every planned file has come, so every story is finished; this is only a guard.
    for (const [story, state] of stories) if (!state.done) finishStory(story, state);
    flush();

    // Input problems, as `check` lists them before its sort: files that gave no article, then each article's.
    const problems = [...stream.problems.map((entry) => entry.problem), ...reports.flatMap((report) => problemsOf.get(report.id) ?? [])].map(inputFinding);
    for (const problem of problems) spool.addFinding(problem, -1);
    const labels = storiesWithArticles.length > 1 ? storyLabels(storyOrder(storiesWithArticles, stories)) : undefined;
    return { articles: reports, problems, spool, label: (story) => labels?.get(story) };
  } catch (error) {
    spool.close();
    throw error;
  }
}

/** Stories in the order their first article came (`groupByStory`'s order), not the order they finished. */
function storyOrder(names: readonly string[], stories: ReadonlyMap<string, StoryState>): string[] {
  return [...names].sort((a, b) => stories.get(a)!.group - stories.get(b)!.group);
}
