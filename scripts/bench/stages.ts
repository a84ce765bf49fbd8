/**
 * Per-stage costs of one in-process run over the given paths: reading, segmentation, each extractor,
 * event grouping and each reconcile rule, in milliseconds of one thread. The bench runs it on the
 * ECB+ corpus so the owner of each stage can see what their stage costs.
 *
 *   node .build/scripts/scripts/bench/stages.js <paths..> [--json]
 */
import { performance } from 'node:perf_hooks';
import type { Claim, Document, Extractor } from '../../src/types.js';
import { loadArticles } from '../../src/ingest/load-articles.js';
import { segment } from '../../src/segment/segment.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { extractorsFor } from '../../src/extract/registry.js';
import { assignEvents } from '../../src/reconcile/events.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { RULES } from '../../src/reconcile/rules/index.js';

/** One measured stage: its name, milliseconds, and how many items it produced. */
export interface StageCost {
  stage: string;
  ms: number;
  items?: number;
}

/** Runs the pipeline stage by stage over `paths` and returns the cost of each stage. */
export async function measureStages(paths: readonly string[]): Promise<StageCost[]> {
  const costs: StageCost[] = [];
  const timed = <T>(stage: string, work: () => T, count?: (value: T) => number): T => {
    const start = performance.now();
    const value = work();
    costs.push({ stage, ms: performance.now() - start, ...(count ? { items: count(value) } : {}) });
    return value;
  };

  let start = performance.now();
  const { articles } = await loadArticles(paths);
  costs.push({ stage: 'read (ingest)', ms: performance.now() - start, items: articles.length });

  const documents = timed('segment', () => articles.map((article) => segment(article)), (docs: Document[]) => docs.reduce((sum, doc) => sum + doc.sentences.length, 0));

  // Each extractor is wrapped so its own time is counted apart from the others' and from claim finalisation.
  const extractorMs = new Map<string, { ms: number; drafts: number }>();
  const extractors: Extractor[] = extractorsFor().map((extractor) => ({
    ...extractor,
    extract(context) {
      const begin = performance.now();
      const drafts = extractor.extract(context);
      const cost = extractorMs.get(extractor.kind) ?? { ms: 0, drafts: 0 };
      cost.ms += performance.now() - begin;
      cost.drafts += drafts.length;
      extractorMs.set(extractor.kind, cost);
      return drafts;
    },
  }));
  start = performance.now();
  const claims: Claim[] = [];
  // One push per claim: spreading a big article's claims (hundreds of thousands) overflows the stack.
  for (const doc of documents) for (const claim of extractDocument(doc, extractors, doc.article.published)) claims.push(claim);
  const extractTotal = performance.now() - start;
  let inExtractors = 0;
  for (const [kind, cost] of extractorMs) {
    costs.push({ stage: `extract: ${kind}`, ms: cost.ms, items: cost.drafts });
    inExtractors += cost.ms;
  }
  costs.push({ stage: 'extract: ids, positions, sort', ms: extractTotal - inExtractors, items: claims.length });

  timed('reconcile: events', () => assignEvents(articles, claims), (value) => value.events.length);
  const eventsMs = costs[costs.length - 1]!.ms;
  for (const rule of RULES) {
    // reconcile() groups events again for each rule: its cost is taken off so the rule stands alone.
    timed(`reconcile: ${rule.meta.id}`, () => reconcile(articles, claims, [rule]), (value) => value.findings.length);
    costs[costs.length - 1]!.ms = Math.max(0, costs[costs.length - 1]!.ms - eventsMs);
  }
  // The rules above each regroup events; this is the whole reconciler as the pipeline runs it.
  timed('reconcile: all rules (as run)', () => reconcile(articles, claims), (value) => value.findings.length);
  return costs;
}

/** A plain-text table of stage costs. */
export function formatStages(costs: readonly StageCost[]): string {
  const width = Math.max(...costs.map((cost) => cost.stage.length));
  return costs.map((cost) => `${cost.stage.padEnd(width)}  ${cost.ms.toFixed(0).padStart(7)} ms${cost.items !== undefined ? `  ${String(cost.items).padStart(7)} items` : ''}`).join('\n');
}

if (process.argv[1]?.endsWith('stages.js')) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const costs = await measureStages(args.filter((arg) => arg !== '--json'));
  process.stdout.write(json ? `${JSON.stringify(costs)}\n` : `${formatStages(costs)}\n`);
}
