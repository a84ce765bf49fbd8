import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractClaims } from '../../src/pipeline.js';
import { assignEvents } from '../../src/reconcile/events.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { RULES } from '../../src/reconcile/rules/index.js';
import { readArticle } from '../../src/ingest/read-article.js';
import type { Article, Claim, ReconcileContext } from '../../src/types.js';
import { generateArticle } from '../helpers/generate-article.js';
import { makeArticle } from '../helpers/claims.js';

const ACROSS = RULES.filter((rule) => rule.meta.acrossArticles);

/** The context `reconcile` gives its rules, built here so a rule can be run on one article. */
function contextOf(articles: Article[], claims: Claim[]): ReconcileContext {
  const { events, eventOf, mainEventOf } = assignEvents(articles, claims);
  return { articles, claims, events, eventOf, mainEventOf, claimById: new Map(claims.map((c) => [c.id, c])), articleById: new Map(articles.map((a) => [a.id, a])) };
}

let examples: Article[];
beforeAll(async () => {
  const folder = path.resolve('examples');
  const names = (await readdir(folder)).filter((name) => /\.(md|txt|html)$/u.test(name)).sort();
  examples = await Promise.all(
    names.map(async (name) => readArticle(path.join(folder, name), new Uint8Array(await readFile(path.join(folder, name))), name.endsWith('.html') ? 'html' : name.endsWith('.md') ? 'markdown' : 'text', {})),
  );
});

describe('rules that compare articles with each other', () => {
  test('the across-articles rules are the ones expected', () => {
    expect(ACROSS.map((rule) => rule.meta.id).sort()).toEqual(['different-events', 'location', 'meeting', 'quantity', 'quote-wording', 'record', 'time']);
  });

  test('on the example story, every finding of theirs sets two or more articles side by side', () => {
    const claims = extractClaims(examples);
    const { findings } = reconcile(examples, claims, ACROSS);
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) expect([finding.rule, new Set(finding.positions.map((p) => p.article)).size >= 2]).toEqual([finding.rule, true]);
  });

  test('run on one article alone, they find nothing: each example, and a long article with every kind of fact', () => {
    const long = makeArticle('long', generateArticle(60_000, 3), '2024-05-02');
    for (const article of [...examples, long]) {
      const claims = extractClaims([article]);
      const context = contextOf([article], claims);
      for (const rule of ACROSS) expect([article.id, rule.meta.id, rule.run(context)]).toEqual([article.id, rule.meta.id, []]);
    }
  });
});
