import type { Article, CheckResult, Claim, ClaimKind, Finding, InputProblem } from './types.js';
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

/** Extracts the claims of loaded articles, article by article, in the order given. */
export function extractClaims(articles: readonly Article[], kinds?: readonly ClaimKind[]): Claim[] {
  const wanted = kinds ? new Set(kinds) : undefined;
  const extractors = extractorsFor(wanted);
  const claims: Claim[] = [];
  for (const article of articles) {
    claims.push(...extractDocument(segment(article), extractors, article.published, wanted));
  }
  return claims;
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
