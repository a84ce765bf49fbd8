import type { Article, Claim } from '../../src/types.js';
import { StoryRun } from '../../src/stream/story-run.js';
import { articleRecord, claimRecords, problemRecord } from '../../src/stream/records.js';

function article(id: string, path: string): Article {
  return { id, path, format: 'text', text: `Text of ${id}.`, textSource: 'file', published: { value: null, basis: null }, excluded: [], problems: [] };
}

function claim(articleId: string, n: number): Claim {
  return { id: `${articleId}-c${n}`, article: articleId, kind: 'time', text: 'x', span: { start: n, end: n + 1 }, line: 1, column: n + 1, sentence: 0, value: { timex: { type: 'DATE', value: 'XXXX' } }, certainty: {} } as Claim;
}

describe('StoryRun', () => {
  test('restores the order of one run: articles by path then id, claims by their place in the article', () => {
    const story = new StoryRun('s');
    const [b, a] = [article('b', 'folder/b.txt'), article('a', 'folder/a.txt')];
    const claimsOfB = claimRecords([claim('b', 0), claim('b', 1), claim('b', 2)]);
    const claimsOfA = claimRecords([claim('a', 0), claim('a', 1)]);
    for (const record of [claimsOfB[2]!, articleRecord(b), claimsOfA[1]!, claimsOfB[0]!, articleRecord(a), claimsOfA[0]!, claimsOfB[1]!]) story.add(record, 'here');
    const run = story.toRun();
    expect(run.articles.map((item) => item.id)).toEqual(['a', 'b']);
    expect(run.claims.map((item) => item.id)).toEqual(['a-c0', 'a-c1', 'b-c0', 'b-c1', 'b-c2']);
    expect(run.failures).toEqual([]);
  });

  test('the same records twice (a retried task) count once', () => {
    const story = new StoryRun('s');
    const records = [articleRecord(article('a', 'a.txt')), ...claimRecords([claim('a', 0)]), problemRecord({ path: 'x.txt', severity: 'error', message: 'unreadable' })];
    for (const record of [...records, ...records]) story.add(record, 'here');
    const run = story.toRun();
    expect(run.articles).toHaveLength(1);
    expect(run.claims).toHaveLength(1);
    expect(run.failures).toHaveLength(1);
  });

  test('two different articles with one id: the second is a problem, not a mix-up', () => {
    const story = new StoryRun('s');
    story.add(articleRecord(article('a', 'one/a.txt')), 'in:1');
    story.add(articleRecord(article('a', 'two/a.txt')), 'in:2');
    const run = story.toRun();
    expect(run.articles.map((item) => item.path)).toEqual(['one/a.txt']);
    expect(run.failures).toEqual([{ path: 'in:2', severity: 'error', message: 'two articles have the id "a" in story "s": one/a.txt and two/a.txt; the second is skipped' }]);
  });
});
