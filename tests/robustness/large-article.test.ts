import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArticles } from '../../src/ingest/load-articles.js';
import { segment } from '../../src/segment/segment.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import type { Article, Claim, Extractor } from '../../src/types.js';
import { generateArticle } from '../helpers/generate-article.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';

// The budget for one article of 25 MB: at most 30 s and 2 GB. Time is not asserted (the
// machine is shared); each stage is measured, printed with CORROBORATE_TIMINGS=1, and named in
// the failure message. Memory is asserted.
const SIZE = 25 * 1024 * 1024;
const MEMORY_LIMIT = 2 * 1024 * 1024 * 1024;

let folder: TempFolder;
let file: string;
beforeAll(async () => {
  folder = await tempFolder();
  file = path.join(folder.root, 'huge.txt');
  await writeFile(file, generateArticle(SIZE, 7));
});
afterAll(() => folder.remove());

/**
 * Runs named stages, keeping their time (ms) and the process's peak resident memory: the operating
 * system's high-water mark, which also sees a peak inside a stage (the worker's earlier test files
 * are far smaller).
 */
function stopwatch() {
  const timings: Record<string, number> = {};
  const highWater = () => Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  let peak = highWater();
  return {
    timings,
    peak: () => peak,
    run<T>(name: string, work: () => T): T {
      const start = performance.now();
      const result = work();
      timings[name] = (timings[name] ?? 0) + Math.round(performance.now() - start);
      peak = Math.max(peak, highWater());
      return result;
    },
    summary(extra: string): string {
      const text = `stages (ms): ${JSON.stringify(timings)}; peak RSS ${Math.round(peak / 1048576)} MB; ${extra}`;
      if (process.env.CORROBORATE_TIMINGS === '1') process.stdout.write(`${text}\n`);
      return text;
    },
  };
}

function expectExactSpans(article: Article, items: readonly { span: { start: number; end: number }; text: string }[]): void {
  for (const item of items) {
    if (article.text.slice(item.span.start, item.span.end) !== item.text) throw new Error(`misquoted at ${item.span.start}: ${item.text.slice(0, 40)}`);
  }
}

test('a 25 MB article is read and segmented with exact spans, within 2 GB', async () => {
  const watch = stopwatch();
  const started = performance.now();
  const { articles, failures } = await loadArticles([file]);
  watch.timings.ingest = Math.round(performance.now() - started);
  expect(failures).toEqual([]);
  const article = articles[0]!;
  expect(article.text.length).toBeGreaterThanOrEqual(SIZE);
  const doc = watch.run('segment', () => segment(article));
  const tokens = watch.run('tokens', () => doc.sentences.reduce((count, sentence) => count + sentence.tokens.length, 0));
  const report = watch.summary(`${doc.sentences.length} sentences, ${tokens} tokens`);
  expect({ peakWithinLimit: watch.peak() <= MEMORY_LIMIT, report }).toEqual({ peakWithinLimit: true, report });
  expect(doc.sentences.length).toBeGreaterThan(100_000);
  expectExactSpans(article, doc.sentences);
  expectExactSpans(article, doc.sentences[doc.sentences.length - 1]!.tokens);
}, 300_000);

// The whole check on one 25 MB article: every extractor, then the reconciler, within the memory
// budget (five million tokens and a million claims live at once). About half a minute of one test
// worker; see the README's bad-input note for the measured times.
/** Segments and extracts one article, each stage timed; the document is let go on return, as the pipeline does. */
function extractTimed(article: Article, watch: ReturnType<typeof stopwatch>): Claim[] {
  const doc = watch.run('segment', () => segment(article));
  const timed: Extractor[] = EXTRACTORS.map((extractor) => ({ ...extractor, extract: (context) => watch.run(`extract:${extractor.kind}`, () => extractor.extract(context)) }));
  return watch.run('extract', () => extractDocument(doc, timed, article.published));
}

test('a 25 MB article goes through every extractor and the reconciler, within 2 GB', async () => {
  const watch = stopwatch();
  const { articles } = await loadArticles([file]);
  const article = articles[0]!;
  const claims = extractTimed(article, watch);
  watch.run('reconcile', () => reconcile(articles, claims));
  const report = watch.summary(`${claims.length} claims`);
  expect({ peakWithinLimit: watch.peak() <= MEMORY_LIMIT, report }).toEqual({ peakWithinLimit: true, report });
  expectExactSpans(article, claims);
}, 3_600_000);
