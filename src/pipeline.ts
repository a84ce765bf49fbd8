import type { Article, CheckResult, Claim, ClaimKind, Extractor, Finding, InputProblem } from './types.js';
import { loadArticles, type LoadOptions } from './ingest/load-articles.js';
import { segment } from './segment/segment.js';
import { extractDocument } from './extract/extract-document.js';
import { extractorsFor } from './extract/registry.js';
import { reconcile } from './reconcile/reconcile.js';
import { compareFindings } from './reconcile/reconcile.js';
import { inputFinding } from './reconcile/input-findings.js';
import { TOOL_NAME, toolVersion } from './version.js';

export interface RunOptions extends LoadOptions {
  /** Claim kinds to extract; all when absent. */
  kinds?: readonly ClaimKind[];
}

/**
 * Extracts the claims of loaded articles, article by article, in the order given. An extractor
 * that fails on one article becomes an `input` problem on that article; its other claims, and
 * the other articles, are still checked.
 */
export function extractClaims(articles: readonly Article[], kinds?: readonly ClaimKind[]): Claim[] {
  const wanted = kinds ? new Set(kinds) : undefined;
  const claims: Claim[] = [];
  for (const article of articles) {
    const extractors = extractorsFor(wanted).map((extractor) => isolated(extractor, article));
    try {
      claims.push(...extractDocument(segment(article), extractors, article.published, wanted));
    } catch (error) {
      article.problems.push({ path: article.path, severity: 'error', message: `could not be checked: ${oneLine(error)} (please report it)` });
    }
  }
  return claims;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** The extractor, with a failure on this article reported on it instead of stopping the run. */
function isolated(extractor: Extractor, article: Article): Extractor {
  return {
    ...extractor,
    extract(context) {
      try {
        return extractor.extract(context);
      } catch (error) {
        article.problems.push({
          path: article.path,
          severity: 'error',
          message: `the ${extractor.kind} extractor failed on this article: ${oneLine(error)}; its other claims are kept (please report it)`,
        });
        return [];
      }
    },
  };
}

/** Builds the JSON report object (schema version 1). */
export function buildResult(articles: readonly Article[], claims: Claim[], findings: Finding[], withFindings = true): CheckResult {
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: toolVersion() },
    articles: articles.map((article) => ({
      id: article.id,
      path: article.path,
      ...(article.title !== undefined ? { title: article.title } : {}),
      ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
      ...(article.url !== undefined ? { url: article.url } : {}),
      textSource: article.textSource,
      published: article.published,
    })),
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

/** `extract`: read the articles and extract their claims; input problems are still reported. */
export async function runExtract(paths: readonly string[], options: RunOptions = {}): Promise<RunOutcome> {
  const { articles, failures } = await loadArticles(paths, options);
  const claims = extractClaims(articles, options.kinds);
  return { result: buildResult(articles, claims, problemsOf(articles, failures).sort(compareFindings)), articles };
}

/** `check`: read, extract, reconcile. The library entry point behind the CLI. */
export async function runCheck(paths: readonly string[], options: RunOptions = {}): Promise<RunOutcome> {
  const { articles, failures } = await loadArticles(paths, options);
  const claims = extractClaims(articles, options.kinds);
  const { events, findings } = reconcile(articles, claims);
  const all = [...problemsOf(articles, failures), ...findings].sort(compareFindings);
  return { result: { ...buildResult(articles, claims, all), events }, articles };
}
