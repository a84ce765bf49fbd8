/** The library API: the same pipeline the CLI runs, as plain functions over plain data. */
export * from './types.js';
export { runCheck, runExtract, extractClaims, buildResult, type RunOptions, type RunOutcome } from './pipeline.js';
export { loadArticles, type LoadOptions, type LoadResult } from './ingest/load-articles.js';
export { readArticle } from './ingest/read-article.js';
export { segment } from './segment/segment.js';
export { extractDocument } from './extract/extract-document.js';
export { EXTRACTORS, extractorsFor } from './extract/registry.js';
export { reconcile } from './reconcile/reconcile.js';
export { RULES } from './reconcile/rules/index.js';
