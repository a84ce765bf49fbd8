import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../src/types.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { inferMissingDates } from '../../src/infer/infer-missing-dates.js';
import { extractDatedFirst } from '../../src/infer/date-first.js';
import { keptScan } from '../../src/extract/time/scan.js';
import { readAndExtract } from '../../src/pipeline.js';
import { loadArticles } from '../../src/ingest/load-articles.js';
import { makeArticle } from '../helpers/claims.js';

// An invented report its own text dates (record arithmetic back to a dated event, a month cue), with
// claims of the kinds that read the date (times, a record, a meeting) and of others (people, a quote).
const DATED_BY_TEXT =
  'Thousands walked through Tollan on Saturday, the biggest march in the city in nearly six years.\n\n' +
  'It was the first march past the Marenbury assembly since the November 2015 protests against the dam.\n\n' +
  'The organisers had to cope with record rain for mid-August, which flooded the square on Friday.\n\n' +
  'Organiser Ada Korvel met Mayor Ines Marrow in Tollan on Friday, and 4,000 people signed the petition.\n\n' +
  '"We will march again next month," Korvel told reporters.';

const NO_CLUE = 'The council met on Monday and agreed to repaint the library. "It is about time," Mayor Ina Vell said.';

/** What the run gives an undated article alone in its story: extracted, then dated and extracted again. */
function datedAfterwards(id: string, text: string): { article: Article; claims: ReturnType<typeof extractArticle> } {
  const article = makeArticle(id, text);
  const claims = inferMissingDates([article], extractArticle(article));
  return { article, claims };
}

describe('an undated article alone in its story, dated before it is extracted', () => {
  test('gets the date and the claims it gets when dated after a first extraction', () => {
    const expected = datedAfterwards('march', DATED_BY_TEXT);
    expect(expected.article.published).toMatchObject({ value: '2021-08', basis: 'inferred' });
    const article = makeArticle('march', DATED_BY_TEXT);
    const claims = extractDatedFirst([article])?.[0];
    expect(article.published).toEqual(expected.article.published);
    expect(claims).toEqual(expected.claims);
    // Resolved against the inferred date.
    const nextMonth = claims!.find((claim) => claim.kind === 'time' && claim.text === 'next month')!;
    expect(DATED_BY_TEXT.slice(nextMonth.span.start, nextMonth.span.end)).toBe('next month');
    expect(nextMonth.value).toMatchObject({ timex: { value: '2021-09' } });
    expect(new Set(claims!.map((claim) => claim.kind))).toEqual(new Set(['time', 'person', 'record', 'meeting', 'quote']));
    // Nothing is kept for an inference after it.
    expect(keptScan(article)).toBeUndefined();
  });

  test('an article its text does not date stays undated, with its claims as they were', () => {
    const expected = datedAfterwards('council', NO_CLUE);
    const article = makeArticle('council', NO_CLUE);
    expect(extractDatedFirst([article])).toEqual([expected.claims]);
    expect(article.published).toEqual({ value: null, basis: null });
    expect(keptScan(article)).toBeUndefined();
  });

  test('with --kinds, the wanted kinds as the run gives them', () => {
    const kinds = ['meeting', 'quote'] as const;
    const article = makeArticle('march', DATED_BY_TEXT);
    const expected = makeArticle('march', DATED_BY_TEXT);
    expect(extractDatedFirst([article], kinds)).toEqual([inferMissingDates([expected], extractArticle(expected, kinds), kinds)]);
  });
});

describe('a whole story, its undated articles dated before they are extracted', () => {
  // Two undated reports of one march (one its text dates, one it does not) and a dated one.
  const story = () => [
    makeArticle('march', DATED_BY_TEXT),
    makeArticle('rally', DATED_BY_TEXT.replace('Thousands', 'Some 8,000 people').replace('4,000', '5,000')),
    makeArticle('council', NO_CLUE, '2021-08-16'),
  ];

  test('gets the dates and claims of extracting, dating the story, and extracting again', () => {
    const expected = story();
    const expectedClaims = inferMissingDates(expected, expected.flatMap((article) => extractArticle(article)));
    expect(expected.map((article) => article.published.basis)).toEqual(['inferred', 'inferred', 'given']);
    const articles = story();
    const claims = extractDatedFirst(articles)!;
    expect(articles.map((article) => article.published)).toEqual(expected.map((article) => article.published));
    expect(claims.flat()).toEqual(expectedClaims);
    // Each article's claims, in the order given, quoting its own text.
    for (const [i, article] of articles.entries()) {
      expect(claims[i]!.length).toBeGreaterThan(0);
      for (const claim of claims[i]!) {
        expect(claim.article).toBe(article.id);
        expect(article.text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
      }
    }
    expect(articles.every((article) => keptScan(article) === undefined)).toBe(true);
  });
});

describe('a run with files alone in their folder', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lone-'));
    fs.mkdirSync(path.join(root, 'alone'));
    fs.mkdirSync(path.join(root, 'pair'));
    fs.writeFileSync(path.join(root, 'alone', 'march.txt'), DATED_BY_TEXT);
    fs.writeFileSync(path.join(root, 'pair', 'rally.txt'), DATED_BY_TEXT);
    fs.writeFileSync(path.join(root, 'pair', 'council.txt'), NO_CLUE);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('dates the lone article as a story of its own, on one thread and on two', async () => {
    const lonePath = path.join(root, 'alone', 'march.txt');
    const fresh = (await loadArticles([lonePath])).articles[0]!;
    const expected = inferMissingDates([fresh], extractArticle(fresh));
    expect(fresh.published.value).toBe('2021-08');
    const one = await readAndExtract([lonePath]);
    expect(one.settled).toEqual(new Set([fresh.id]));
    expect(one.articles).toEqual([fresh]);
    expect(one.claims).toEqual(expected);
    // The files of a folder that holds two are dated by their story, after extraction.
    for (const jobs of [1, 2]) {
      const run = await readAndExtract([root], { jobs });
      expect(run.settled).toEqual(new Set([fresh.id]));
      expect(run.articles.find((article) => article.id === fresh.id)).toEqual(fresh);
      expect(run.claims.filter((claim) => claim.article === fresh.id)).toEqual(expected);
    }
  });
});
