import type { Article, ArticleReport, CheckResult, Claim, ClaimKind, EventGroup, Finding, InputProblem } from './types.js';
import { groupByStory, storyLabels } from './stories.js';
import { pushTo } from './util/push-to.js';
import type { LoadOptions } from './ingest/load-articles.js';
import { completeRun, type ExtractedRun } from './infer/complete-run.js';
import { articleReport } from './report/article-report.js';
import { goByStory } from './stream/story-check.js';
import { MemoryReport } from './stream/memory-report.js';
import { extractArticle } from './extract/extract-article.js';
import { openExtractStream, type ExtractSource } from './stream/extract-stream.js';
import type { RunProgress } from './progress/run-progress.js';
import { reconcile } from './reconcile/reconcile.js';
import { compareFindings } from './reconcile/reconcile.js';
import { inputFinding } from './reconcile/input-findings.js';
import { TOOL_NAME, toolVersion } from './version.js';
import { keepScan } from './extract/time/scan.js';

export { completeRun, type ExtractedRun };
export { articleReport };

export interface RunOptions extends LoadOptions {
  /** Claim kinds to extract; all when absent. */
  kinds?: readonly ClaimKind[];
  /**
   * Threads for reading and extraction, the calling thread included (`--jobs`): a number, or `auto`
   * for one per core when the run is big enough. Absent: 1, everything on the calling thread. The
   * output is the same either way.
   */
  jobs?: number | 'auto';
  /** Told as articles are read and stages start (the CLI's progress line). */
  progress?: RunProgress;
}

/**
 * Extracts the claims of loaded articles, article by article, in the order given, on this thread. An
 * extractor that fails on one article becomes an `input` problem on that article; its other claims,
 * and the other articles, are still checked.
 */
export function extractClaims(articles: readonly Article[], kinds?: readonly ClaimKind[]): Claim[] {
  return articles.flatMap((article) => extractArticle(article, kinds));
}

/**
 * Reads and extracts every article of a run, streamed: files (or JSONL lines) are read one batch at a
 * time, on worker threads when `options.jobs` allows, and only the articles and their claims are kept
 * (never the segmented documents). Articles and claims come in the order of the input.
 */
export async function readAndExtract(source: readonly string[] | ExtractSource, options: RunOptions = {}): Promise<ExtractedRun> {
  const stream = await openExtractStream(isPaths(source) ? { paths: source } : source, { ...options, keepScans: true });
  if (stream.planned !== undefined) options.progress?.planned?.(stream.planned);
  options.progress?.stage?.('extract');
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const settled = new Set<string>();
  for await (const outcome of stream.outcomes) {
    if ('failure' in outcome) {
      stream.problems.push({ problem: outcome.failure });
      options.progress?.article?.(0);
      continue;
    }
    articles.push(outcome.article);
    for (const claim of outcome.claims) claims.push(claim);
    // Found on a worker: kept here for inference and the extraction after it (`completeRun`).
    if (outcome.scan) keepScan(outcome.article, outcome.scan);
    if (outcome.settled) settled.add(outcome.article.id);
    options.progress?.article?.(outcome.claims.length);
  }
  return completeRun({ articles, claims, failures: stream.problems.map((entry) => entry.problem), settled }, options);
}

function isPaths(source: readonly string[] | ExtractSource): source is readonly string[] {
  return Array.isArray(source);
}

/** Builds the JSON report object (schema version 1). */
export function buildResult(articles: readonly Article[], claims: Claim[], findings: Finding[], withFindings = true): CheckResult {
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: toolVersion() },
    articles: articles.map(articleReport),
    claims,
    findings: withFindings ? findings : [],
  };
}

function problemsOf(articles: readonly Article[], failures: readonly InputProblem[]): Finding[] {
  return [...failures, ...articles.flatMap((article) => article.problems)].map(inputFinding);
}

export interface RunOutcome {
  result: CheckResult;
  articles: Article[];
}

/** The `input` findings of a run: problems on its articles and inputs that gave no article, sorted. */
export function problemFindings(run: ExtractedRun): Finding[] {
  return problemsOf(run.articles, run.failures).sort(compareFindings);
}

/**
 * `extract`: read the articles and extract their claims; input problems are still reported. Goes
 * story by story, as `runCheck` does, without reconciling: the claims of `readAndExtract` (tested).
 */
export async function runExtract(paths: readonly string[], options: RunOptions = {}): Promise<RunOutcome> {
  const sink = new MemoryReport();
  const run = await goByStory(paths, { ...options, reconcile: false, keepArticles: true }, sink);
  const articles = run.kept ?? [];
  return { result: buildResult(articles, sink.claims, sink.report(run.label).findings), articles };
}

/**
 * Reconciles articles already extracted (by `readAndExtract`, or read back from JSONL stage records)
 * and builds the report: the second half of `check`.
 */
export function checkExtracted(run: ExtractedRun, options: Pick<RunOptions, 'progress'> = {}): RunOutcome {
  const { articles, claims, failures } = run;
  options.progress?.stage?.('reconcile');
  const { events, findings } = reconcileStories(articles, claims);
  options.progress?.findings?.(findings.length);
  const all = [...problemsOf(articles, failures), ...findings].sort(compareFindings);
  return { result: { ...buildResult(articles, claims, all), events }, articles };
}

/**
 * Reconciles each story on its own and merges the results. With several stories, event ids carry the
 * story's label ("12/event-2013-09") so they stay unique in the report.
 */
function reconcileStories(articles: readonly Article[], claims: readonly Claim[]): { events: EventGroup[]; findings: Finding[] } {
  const stories = groupByStory(articles);
  if (stories.size <= 1) return reconcile(articles, claims);
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of claims) pushTo(claimsOf, claim.article, claim);
  const labels = storyLabels([...stories.keys()]);
  const events: EventGroup[] = [];
  const findings: Finding[] = [];
  for (const [story, members] of stories) {
    const label = labels.get(story)!;
    const outcome = reconcile(members, members.flatMap((article) => claimsOf.get(article.id) ?? []));
    for (const event of outcome.events) events.push({ ...event, id: `${label}/${event.id}` });
    for (const finding of outcome.findings) findings.push(finding.event ? { ...finding, event: `${label}/${finding.event}` } : finding);
  }
  return { events, findings: findings.sort(compareFindings) };
}

/**
 * `check`: read, extract, reconcile. The library entry point behind the CLI. Goes story by story
 * (`goByStory`): each story is dated and reconciled as soon as its files are extracted, on the thread
 * that extracted them when threads take whole stories, so no thread waits for the whole run before
 * reconciling. The report is the one `checkExtracted` builds from the whole run (tested).
 */
export async function runCheck(paths: readonly string[], options: RunOptions = {}): Promise<RunOutcome> {
  const sink = new MemoryReport();
  const run = await goByStory(paths, { ...options, reconcile: true, keepArticles: true }, sink);
  const articles = run.kept ?? [];
  const { findings, events } = sink.report(run.label);
  return { result: { ...buildResult(articles, sink.claims, findings), events }, articles };
}
